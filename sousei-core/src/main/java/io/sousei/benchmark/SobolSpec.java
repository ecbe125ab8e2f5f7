package io.sousei.benchmark;

/**
 * A Sobol variance-based sensitivity estimate with the Saltelli scheme: two independent base samples A and B
 * of {@code baseSamples} points each, and one A_B^i per factor, so N(d + 2) model runs.
 */
public record SobolSpec(int baseSamples, long seed) {

    public static final int DEFAULT_BASE_SAMPLES = 512;
    public static final long DEFAULT_SEED = 20190103L;

    public SobolSpec {
        if (baseSamples < 16) {
            throw new IllegalArgumentException("Sobol estimates need at least 16 base samples, not " + baseSamples);
        }
    }

    public static SobolSpec defaults() {
        return new SobolSpec(DEFAULT_BASE_SAMPLES, DEFAULT_SEED);
    }
}
