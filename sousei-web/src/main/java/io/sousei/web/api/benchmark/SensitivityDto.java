package io.sousei.web.api.benchmark;

/**
 * How much of the variance of the mean absolute rank shift one uncertain choice explains: alone ({@code firstOrder})
 * and with its interactions ({@code total}). Factors: {@code normalisation}, {@code aggregation},
 * {@code weight:<indicator>}.
 */
public record SensitivityDto(String factor, double firstOrder, double total) {}
