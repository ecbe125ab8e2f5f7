package io.sousei.benchmark;

import io.sousei.region.RegionId;

/**
 * A region's rank under uncertainty: its rank with the nominal spec, and the median, 5th and 95th
 * percentiles of its rank over the Monte Carlo draws, and its mean absolute shift from the nominal rank.
 */
public record RankInterval(
        RegionId region,
        int nominalRank,
        double medianRank,
        double rankP05,
        double rankP95,
        double meanAbsoluteRankShift) {}
