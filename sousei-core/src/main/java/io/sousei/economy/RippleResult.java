package io.sousei.economy;

import io.sousei.region.RegionId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The ripple effects of a shock: by sector, the totals, and 波及倍率 = total output / direct effect.
 *
 * @param leakedDemandMillionYen the part of the shock met by imports (0 in the closed model)
 * @param totalOutputMillionYen direct + first-round indirect + induced where present
 */
public record RippleResult(
        RegionId area,
        String year,
        String model,
        double demandMillionYen,
        double leakedDemandMillionYen,
        List<SectorEffect> sectors,
        double directOutputMillionYen,
        double indirectOutputMillionYen,
        OptionalDouble inducedOutputMillionYen,
        double totalOutputMillionYen,
        double firstRoundValueAddedMillionYen,
        OptionalDouble inducedValueAddedMillionYen,
        OptionalDouble firstRoundIncomeMillionYen,
        OptionalDouble inducedIncomeMillionYen,
        double rippleMultiplier,
        Map<String, String> absent,
        Map<String, String> notes) {

    public RippleResult {
        Objects.requireNonNull(area, "area");
        sectors = List.copyOf(sectors);
        absent = Map.copyOf(absent);
        notes = Map.copyOf(notes);
    }
}
