package io.sousei.web.api.benchmark;

/** A priority rule and the data it reads. */
public record PriorityRuleDto(
        double populationChangeRateMaxPercent,
        double populationMaxPersons,
        double medianIncomeMaxThousandTwd,
        int criteriaRequired,
        String populationChangeRate,
        String population,
        String medianIncome,
        String note) {}
