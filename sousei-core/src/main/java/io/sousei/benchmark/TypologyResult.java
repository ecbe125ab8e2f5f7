package io.sousei.benchmark;

import io.sousei.indicator.IndicatorId;
import io.sousei.region.RegionId;
import java.util.List;

/**
 * A typology: clusters by size, regions left out for missing values, and the share of the total sum of
 * squares between clusters (R², in [0, 1]).
 */
public record TypologyResult(
        TypologySpec spec,
        List<IndicatorId> indicators,
        List<Cluster> clusters,
        List<RegionId> unclassified,
        double betweenClusterShare) {

    public TypologyResult {
        indicators = List.copyOf(indicators);
        clusters = List.copyOf(clusters);
        unclassified = List.copyOf(unclassified);
    }
}
