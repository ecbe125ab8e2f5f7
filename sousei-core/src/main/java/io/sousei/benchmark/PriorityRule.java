package io.sousei.benchmark;

/**
 * A transparent screen for priority areas on the three published criteria (METHODS §3.2): a region meets
 * "declining" when its population change rate is at most {@code populationChangeRateMaxPercent}, "small"
 * when its population is below {@code populationMaxPersons}, "low income" when its median income is at
 * most {@code medianIncomeMaxThousandTwd}; it is selected when it meets at least {@code criteriaRequired}.
 * A missing value never meets its criterion.
 *
 * <p>The defaults are round judgement values, not the official thresholds (which are unpublished): a
 * population that fell over the period (≤ 0 %), fewer than 20,000 inhabitants (about the 35th percentile
 * of Taiwan's towns), a median income of at most NT$550 thousand (about the 20th percentile in 2017), two of
 * three criteria.
 */
public record PriorityRule(
        double populationChangeRateMaxPercent,
        double populationMaxPersons,
        double medianIncomeMaxThousandTwd,
        int criteriaRequired) {

    public static final double DEFAULT_POPULATION_CHANGE_RATE_MAX_PERCENT = 0.0;
    public static final double DEFAULT_POPULATION_MAX_PERSONS = 20_000;
    public static final double DEFAULT_MEDIAN_INCOME_MAX_THOUSAND_TWD = 550;
    public static final int DEFAULT_CRITERIA_REQUIRED = 2;

    public PriorityRule {
        if (Double.isNaN(populationChangeRateMaxPercent)
                || Double.isNaN(populationMaxPersons)
                || Double.isNaN(medianIncomeMaxThousandTwd)) {
            throw new IllegalArgumentException("a priority rule's thresholds are numbers");
        }
        if (criteriaRequired < 1 || criteriaRequired > 3) {
            throw new IllegalArgumentException("criteria required is 1, 2 or 3, not " + criteriaRequired);
        }
    }

    public static PriorityRule defaults() {
        return new PriorityRule(
                DEFAULT_POPULATION_CHANGE_RATE_MAX_PERCENT,
                DEFAULT_POPULATION_MAX_PERSONS,
                DEFAULT_MEDIAN_INCOME_MAX_THOUSAND_TWD,
                DEFAULT_CRITERIA_REQUIRED);
    }

    public boolean isDeclining(PriorityCandidate c) {
        return c.populationChangeRatePercent() <= populationChangeRateMaxPercent;
    }

    public boolean isSmall(PriorityCandidate c) {
        return c.populationPersons() < populationMaxPersons;
    }

    public boolean isLowIncome(PriorityCandidate c) {
        return c.medianIncomeThousandTwd() <= medianIncomeMaxThousandTwd;
    }

    public int criteriaMet(PriorityCandidate c) {
        return (isDeclining(c) ? 1 : 0) + (isSmall(c) ? 1 : 0) + (isLowIncome(c) ? 1 : 0);
    }

    public boolean selects(PriorityCandidate c) {
        return criteriaMet(c) >= criteriaRequired;
    }
}
