package io.sousei.web.api.benchmark;

import java.util.List;

/**
 * A region's nearest neighbours, nearest first, itself excluded; with {@code improved}, also the neighbours
 * ordered by that change indicator, highest first.
 */
public record NeighbourListDto(
        String regionId,
        String regionName,
        String lang,
        List<String> profile,
        int poolSize,
        List<NeighbourDto> neighbours,
        String improved,
        List<NeighbourDto> improvedMost) {}
