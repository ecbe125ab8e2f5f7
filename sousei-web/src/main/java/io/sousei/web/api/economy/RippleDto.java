package io.sousei.web.api.economy;

import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/economy/io/ripple}: direct, first-round indirect and induced effects, million yen. */
public record RippleDto(
        String area,
        String year,
        String model,
        double demandMillionYen,
        double leakedDemandMillionYen,
        double directOutputMillionYen,
        double indirectOutputMillionYen,
        Double inducedOutputMillionYen,
        double totalOutputMillionYen,
        double firstRoundValueAddedMillionYen,
        Double inducedValueAddedMillionYen,
        Double firstRoundIncomeMillionYen,
        Double inducedIncomeMillionYen,
        double rippleMultiplier,
        Map<String, String> absent,
        Map<String, String> notes,
        List<SectorEffectDto> sectors) {}
