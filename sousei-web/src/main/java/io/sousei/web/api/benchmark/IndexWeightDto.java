package io.sousei.web.api.benchmark;

/** An indicator of an index: the id with period, its polarity and the weight used. */
public record IndexWeightDto(String indicator, String polarity, double weight) {}
