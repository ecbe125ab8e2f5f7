package io.sousei.population.regional;

/** Where a region's net migration rates come from. */
public enum MigrationEstimate {
    /** Residual rates of the last intercensal period. */
    LAST_PERIOD,
    /** Residual migrants of the last two periods pooled (small regions, METHODS §1.9.5). */
    POOLED_TWO_PERIODS
}
