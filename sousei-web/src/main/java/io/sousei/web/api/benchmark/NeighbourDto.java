package io.sousei.web.api.benchmark;

import java.util.List;

/** A statistical neighbour: distance in z-score units and the indicators that make it similar. */
public record NeighbourDto(
        String regionId, String regionName, double distance, List<String> similarOn, Double change) {}
