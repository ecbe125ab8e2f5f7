package io.sousei.benchmark;

import io.sousei.region.RegionId;

/** A neighbour's value of a change indicator (e.g. a population change rate in %), for "who improved most". */
public record NeighbourChange(RegionId region, double distance, double change) {}
