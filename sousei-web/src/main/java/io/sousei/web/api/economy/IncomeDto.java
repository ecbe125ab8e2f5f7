package io.sousei.web.api.economy;

import java.util.List;

/** {@code GET /api/v1/economy/income}: a TW town's income-tax statistics, NT$ thousand per tax unit. */
public record IncomeDto(
        String region,
        int latestYear,
        Double medianGrowthPercentPerYear,
        int rankInCounty,
        int townsInCounty,
        int rankInNation,
        int townsInNation,
        List<Year> years) {

    public record Year(
            int year,
            double taxUnits,
            double meanThousandTwd,
            double medianThousandTwd,
            double firstQuartileThousandTwd,
            double thirdQuartileThousandTwd,
            Double interquartileRatio,
            double coefficientOfVariationPercent) {}
}
