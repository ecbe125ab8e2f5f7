package io.sousei.benchmark;

import io.sousei.region.RegionId;

/** A region's composite score and rank (1 = best), and how many of the index's indicators it has. */
public record RegionScore(RegionId region, double score, int rank, int indicatorsPresent) {}
