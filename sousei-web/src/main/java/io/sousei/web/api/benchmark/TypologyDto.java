package io.sousei.web.api.benchmark;

import java.util.List;

/** A typology: method, indicators, clusters by size, and the between-cluster share of variance. */
public record TypologyDto(
        String country,
        String level,
        String method,
        int clusterCount,
        long seed,
        List<String> indicators,
        double betweenClusterShare,
        List<ClusterDto> clusters,
        List<String> unclassified) {}
