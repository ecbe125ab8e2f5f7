package io.sousei.economy;

import io.sousei.region.RegionId;
import java.util.Objects;

/**
 * One town's published income-tax statistics for one income year, NT$ thousand per tax unit (綜合所得).
 *
 * @param coefficientOfVariationPercent sd / mean × 100 as published
 */
public record TownIncome(
        RegionId town,
        int year,
        double taxUnits,
        double meanThousandTwd,
        double medianThousandTwd,
        double firstQuartileThousandTwd,
        double thirdQuartileThousandTwd,
        double coefficientOfVariationPercent) {

    public TownIncome {
        Objects.requireNonNull(town, "town");
    }

    /** Q3 / Q1, the interquartile ratio; NaN when Q1 is 0. */
    public double interquartileRatio() {
        return firstQuartileThousandTwd > 0 ? thirdQuartileThousandTwd / firstQuartileThousandTwd : Double.NaN;
    }
}
