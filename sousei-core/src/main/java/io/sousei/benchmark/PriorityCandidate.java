package io.sousei.benchmark;

import io.sousei.region.RegionId;
import java.util.Objects;

/**
 * A region as the priority-area screen sees it; NaN where the warehouse has no value.
 *
 * @param populationChangeRatePercent population change over the screen's period, in %
 * @param medianIncomeThousandTwd median income (Taiwan: 綜合所得稅 median per tax unit, NT$ thousand)
 */
public record PriorityCandidate(
        RegionId region,
        double populationPersons,
        double areaKm2,
        double populationChangeRatePercent,
        double medianIncomeThousandTwd) {

    public PriorityCandidate {
        Objects.requireNonNull(region, "region");
    }
}
