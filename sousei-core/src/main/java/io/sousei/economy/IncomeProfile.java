package io.sousei.economy;

import io.sousei.region.RegionId;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A town's income: the latest year, its trend, and its rank by median among the towns of its county and of the
 * nation (1 = highest).
 *
 * @param medianGrowthPercentPerYear compound annual growth of the median between the first and latest year
 */
public record IncomeProfile(
        RegionId town,
        TownIncome latest,
        List<TownIncome> series,
        OptionalDouble medianGrowthPercentPerYear,
        int rankInCounty,
        int townsInCounty,
        int rankInNation,
        int townsInNation) {

    public IncomeProfile {
        series = List.copyOf(series);
    }
}
