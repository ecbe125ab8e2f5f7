package io.sousei.benchmark;

/** The first-order (S_i) and total (S_Ti) Sobol indices of one uncertain factor. */
public record SobolIndex(String factor, double firstOrder, double total) {}
