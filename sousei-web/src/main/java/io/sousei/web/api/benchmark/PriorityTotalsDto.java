package io.sousei.web.api.benchmark;

import java.util.Map;

/** Totals of a selection, or the published facts in the same shape. Shares are in [0, 1]. */
public record PriorityTotalsDto(
        int selectedCount,
        int regionCount,
        double selectedPopulation,
        double populationShare,
        Double landShare,
        Map<String, Integer> selectedByType) {}
