package io.sousei.benchmark;

import io.sousei.indicator.IndicatorId;
import io.sousei.region.RegionId;
import java.util.List;

/**
 * A composite index: the weights used (summing to 1, in the spec's indicator order), the scored regions by
 * rank, and the regions left unscored by the missing-data rule.
 */
public record CompositeIndexResult(
        CompositeIndexSpec spec,
        List<IndicatorId> indicators,
        List<Double> weights,
        List<RegionScore> scores,
        List<RegionId> unscored) {

    public CompositeIndexResult {
        indicators = List.copyOf(indicators);
        weights = List.copyOf(weights);
        scores = List.copyOf(scores);
        unscored = List.copyOf(unscored);
    }
}
