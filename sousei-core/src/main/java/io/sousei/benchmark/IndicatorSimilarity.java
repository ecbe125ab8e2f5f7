package io.sousei.benchmark;

import io.sousei.indicator.IndicatorId;

/** One indicator on which a neighbour resembles the region: both z-scores. */
public record IndicatorSimilarity(IndicatorId indicator, double regionStandardScore, double neighbourStandardScore) {

    public double absoluteDifference() {
        return Math.abs(regionStandardScore - neighbourStandardScore);
    }
}
