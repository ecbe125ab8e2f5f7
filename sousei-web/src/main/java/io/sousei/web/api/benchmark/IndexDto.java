package io.sousei.web.api.benchmark;

import java.util.List;

/**
 * A composite index: its method, indicators with weights, scores by rank and unscored regions; with Monte Carlo rank
 * intervals and Sobol indices of the mean absolute rank shift when asked for.
 */
public record IndexDto(
        String country,
        String level,
        String lang,
        String normalisation,
        String weighting,
        String aggregation,
        List<IndexWeightDto> indicators,
        Integer uncertaintyDraws,
        Long seed,
        Double meanAbsoluteRankShift,
        Integer sensitivityRuns,
        List<SensitivityDto> sensitivity,
        List<IndexScoreDto> scores,
        List<String> unscored) {}
