package io.sousei.benchmark;

import io.sousei.indicator.IndicatorId;
import java.util.List;

/** A region's nearest neighbours, nearest first, itself excluded; the pool is the regions compared. */
public record NeighbourResult(NeighbourSpec spec, List<IndicatorId> profile, List<Neighbour> neighbours, int poolSize) {

    public NeighbourResult {
        profile = List.copyOf(profile);
        neighbours = List.copyOf(neighbours);
    }
}
