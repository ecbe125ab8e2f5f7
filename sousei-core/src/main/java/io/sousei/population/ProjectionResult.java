package io.sousei.population;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A projection's steps in order, with their traces; the population series reads them at five-year intervals. */
public record ProjectionResult(ProjectionMethod method, List<ProjectionStep> steps) {

    public ProjectionResult {
        Objects.requireNonNull(method, "method");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a projection result has at least one step");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).startYear() != steps.get(i - 1).endYear()) {
                throw new IllegalArgumentException("steps follow each other without gaps");
            }
        }
    }

    public int baseYear() {
        return steps.get(0).startYear();
    }

    public int endYear() {
        return steps.get(steps.size() - 1).endYear();
    }

    /** The base population and every end-of-step population. */
    public PopulationSeries series() {
        Map<Integer, PopulationBySexAge> byYear = new LinkedHashMap<>();
        byYear.put(baseYear(), steps.get(0).start());
        for (ProjectionStep s : steps) {
            byYear.put(s.endYear(), s.end());
        }
        return PopulationSeries.of(byYear);
    }

    public PopulationBySexAge getPopulation(int year) {
        return series().getPopulation(year);
    }

    public PopulationBySexAge finalPopulation() {
        return steps.get(steps.size() - 1).end();
    }
}
