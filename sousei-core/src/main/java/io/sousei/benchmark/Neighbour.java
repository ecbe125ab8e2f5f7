package io.sousei.benchmark;

import io.sousei.region.RegionId;
import java.util.List;

/** A statistical neighbour: its distance (z-score units) and the indicators on which it is closest. */
public record Neighbour(RegionId region, double distance, List<IndicatorSimilarity> closestIndicators) {

    public Neighbour {
        closestIndicators = List.copyOf(closestIndicators);
    }
}
