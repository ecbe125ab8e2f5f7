package io.sousei.benchmark;

import java.util.List;

/** A screen's decisions, one per region in the order given, and their totals. */
public record PriorityResult(PriorityRule rule, List<PriorityDecision> decisions, PriorityTotals totals) {

    public PriorityResult {
        decisions = List.copyOf(decisions);
    }
}
