package io.sousei.population;

/**
 * How a net migration rate enters the cohort step (METHODS §1.3 a). Both are relative to the cohort's
 * population at the start of the step (births for the 0–4 group).
 */
public enum MigrationRateConvention {
    /** {@code P_{x+5}(t+5) = P_x(t)·(S_x + M_x)}: migrants counted against the start population. */
    ADDITIVE,
    /** {@code P_{x+5}(t+5) = P_x(t)·S_x·(1 + M'_x)}: migrants counted against the survivors. */
    MULTIPLICATIVE;

    /** End-of-step persons of a cohort from its start persons, survival ratio and net migration rate. */
    public double endPersons(double startPersons, double survivalRatio, double netMigrationRate) {
        return switch (this) {
            case ADDITIVE -> startPersons * (survivalRatio + netMigrationRate);
            case MULTIPLICATIVE -> startPersons * survivalRatio * (1 + netMigrationRate);
        };
    }

    /** The rate that turns {@code startPersons} into {@code endPersons}: a residual estimate; 0 for an empty cohort. */
    public double residualRate(double startPersons, double survivalRatio, double endPersons) {
        return switch (this) {
            case ADDITIVE -> startPersons == 0 ? 0 : (endPersons - startPersons * survivalRatio) / startPersons;
            case MULTIPLICATIVE ->
                startPersons * survivalRatio == 0 ? 0 : endPersons / (startPersons * survivalRatio) - 1;
        };
    }
}
