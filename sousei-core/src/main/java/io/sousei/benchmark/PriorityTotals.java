package io.sousei.benchmark;

import java.util.Map;

/**
 * What a selection covers: how many regions, how many people and how much land, as shares in [0, 1] of all
 * regions screened, and the selected count by type when types are known.
 */
public record PriorityTotals(
        int selectedCount,
        int regionCount,
        double selectedPopulationPersons,
        double populationShare,
        double selectedAreaKm2,
        double landShare,
        Map<String, Integer> selectedByType) {

    public PriorityTotals {
        selectedByType = Map.copyOf(selectedByType);
    }
}
