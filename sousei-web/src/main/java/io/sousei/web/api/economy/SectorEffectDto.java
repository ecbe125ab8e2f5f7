package io.sousei.web.api.economy;

/** One sector's ripple effects, million yen; null where the data cannot support the effect. */
public record SectorEffectDto(
        String sectorCode,
        String sectorName,
        double directOutput,
        double indirectOutput,
        Double inducedOutput,
        double firstRoundValueAdded,
        Double inducedValueAdded,
        Double firstRoundIncome,
        Double inducedIncome) {}
