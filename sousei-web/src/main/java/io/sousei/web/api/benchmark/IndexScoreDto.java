package io.sousei.web.api.benchmark;

/** A region's composite score and rank; the rank interval fields are null without an uncertainty analysis. */
public record IndexScoreDto(
        String regionId,
        String regionName,
        double score,
        int rank,
        int indicatorsPresent,
        Double rankP05,
        Double rankMedian,
        Double rankP95) {}
