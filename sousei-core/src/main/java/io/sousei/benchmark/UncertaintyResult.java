package io.sousei.benchmark;

import java.util.List;

/** Rank intervals by nominal rank, and the mean absolute rank shift over all regions and draws. */
public record UncertaintyResult(UncertaintySpec spec, List<RankInterval> intervals, double meanAbsoluteRankShift) {

    public UncertaintyResult {
        intervals = List.copyOf(intervals);
    }
}
