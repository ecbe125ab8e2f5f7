package io.sousei.population.regional;

import io.sousei.population.SurvivalRatios;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Survival ratios by the start year of a five-year step: a step takes the entry of the latest start year at or before
 * its own (the first entry before that), so a single entry means constant mortality.
 */
public record SurvivalSchedule(NavigableMap<Integer, SurvivalRatios> byStepStartYear) {

    public SurvivalSchedule {
        Objects.requireNonNull(byStepStartYear, "byStepStartYear");
        if (byStepStartYear.isEmpty()) {
            throw new IllegalArgumentException("a survival schedule has at least one entry");
        }
        byStepStartYear = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(byStepStartYear));
    }

    public static SurvivalSchedule constant(SurvivalRatios survival) {
        return new SurvivalSchedule(new TreeMap<>(Map.of(Integer.MIN_VALUE, survival)));
    }

    /** The ratios of the step that starts in {@code startYear}. */
    public SurvivalRatios survivalOfStep(int startYear) {
        Map.Entry<Integer, SurvivalRatios> e = byStepStartYear.floorEntry(startYear);
        return (e != null ? e : byStepStartYear.firstEntry()).getValue();
    }
}
