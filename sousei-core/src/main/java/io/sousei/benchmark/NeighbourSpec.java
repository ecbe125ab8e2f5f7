package io.sousei.benchmark;

import io.sousei.indicator.IndicatorId;
import io.sousei.region.RegionId;
import java.util.List;
import java.util.Objects;

/**
 * Which region's statistical neighbours to find, how many, and on which profile of indicators (empty: every
 * indicator of the matrix). Distance: Euclidean on z-scores over the regions with the whole profile.
 *
 * @param similarIndicators how many indicators to name per neighbour as making them similar
 */
public record NeighbourSpec(RegionId region, int count, List<IndicatorId> profile, int similarIndicators) {

    public static final int DEFAULT_COUNT = 5;
    public static final int DEFAULT_SIMILAR_INDICATORS = 3;

    public NeighbourSpec {
        Objects.requireNonNull(region, "region");
        profile = profile == null ? List.of() : List.copyOf(profile);
        if (count < 1) {
            throw new IllegalArgumentException("ask for at least 1 neighbour, not " + count);
        }
        if (similarIndicators < 0) {
            throw new IllegalArgumentException("similar indicators is ≥ 0");
        }
    }

    public static NeighbourSpec of(RegionId region, int count) {
        return new NeighbourSpec(region, count, List.of(), DEFAULT_SIMILAR_INDICATORS);
    }

    public NeighbourSpec withProfile(List<IndicatorId> indicators) {
        return new NeighbourSpec(region, count, indicators, similarIndicators);
    }
}
