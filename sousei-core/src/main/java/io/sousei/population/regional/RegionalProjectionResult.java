package io.sousei.population.regional;

import io.sousei.population.PopulationSeries;
import io.sousei.region.RegionId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The projected series of each requested region (base year included), with the spec that made them. */
public record RegionalProjectionResult(RegionalProjectionSpec spec, Map<RegionId, PopulationSeries> series) {

    public RegionalProjectionResult {
        Objects.requireNonNull(spec, "spec");
        series = Collections.unmodifiableMap(new TreeMap<>(series));
    }

    public PopulationSeries getSeries(RegionId region) {
        PopulationSeries s = series.get(region);
        if (s == null) {
            throw new java.util.NoSuchElementException(region + " was not projected");
        }
        return s;
    }
}
