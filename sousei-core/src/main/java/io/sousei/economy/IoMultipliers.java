package io.sousei.economy;

import io.sousei.region.RegionId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The multipliers and linkage indices of one table under one model.
 *
 * @param model the model's name as answered (with the provenance of estimated self-sufficiency rates)
 * @param absent for each measure the data cannot support (key as in {@link SectorMultipliers}), the reason
 * @param notes how present measures were obtained where that is not plain (derived value added, estimates)
 */
public record IoMultipliers(
        RegionId area,
        String year,
        IoModel modelKind,
        String model,
        boolean hawkinsSimon,
        double baseYearResidualMillionYen,
        List<SectorMultipliers> sectors,
        Map<String, String> absent,
        Map<String, String> notes) {

    public IoMultipliers {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(model, "model");
        sectors = List.copyOf(sectors);
        absent = Map.copyOf(absent);
        notes = Map.copyOf(notes);
    }
}
