package io.sousei.population.regional;

import io.sousei.region.RegionId;

/**
 * One region of a backtest: observed and projected persons at the target date, in total and in the broad groups
 * 0–14, 15–64 and 65+, with absolute percentage errors {@code 100·|projected − observed| / observed}.
 */
public record BacktestRegion(
        RegionId region,
        double observedPersons,
        double projectedPersons,
        double absolutePercentageErrorTotal,
        double absolutePercentageError0to14,
        double absolutePercentageError15to64,
        double absolutePercentageError65Plus) {

    /** The signed error of the total in % (positive: projected too many). */
    public double percentageErrorTotal() {
        return 100 * (projectedPersons - observedPersons) / observedPersons;
    }
}
