package io.sousei.benchmark;

/**
 * Thresholds fitted to a label list by grid search (best F1). A recovered fit describes the labels; it is
 * not the official rule, which was not published.
 */
public record RecoveredFit(PriorityRule rule, LabelComparison comparison, int rulesTried) {

    public static final String NOTE = "recovered fit to the labels by grid search; not the official rule";

    public String note() {
        return NOTE;
    }
}
