package io.sousei.web.api.benchmark;

/** One region of a priority screen; the CSV has the same columns minus the criteria. */
public record PriorityRegionDto(
        String regionId,
        String regionName,
        boolean selected,
        String type,
        Double population,
        Double areaKm2,
        Double populationChangeRatePercent,
        Double medianIncomeThousandTwd,
        boolean declining,
        boolean small,
        boolean lowIncome) {}
