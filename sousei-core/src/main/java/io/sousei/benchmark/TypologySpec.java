package io.sousei.benchmark;

import java.util.Objects;

/**
 * A typology of regions on standardised indicators (z-scores over the regions with every indicator).
 *
 * @param restarts k-means runs from different seeded k-means++ starts; the lowest within-cluster sum of
 *     squares wins (ignored by Ward)
 * @param traitsPerCluster how many indicators describe a cluster: those whose cluster mean z-score is
 *     furthest from 0
 */
public record TypologySpec(
        int clusterCount, TypologyMethod method, long seed, int restarts, int maxIterations, int traitsPerCluster) {

    public static final int DEFAULT_CLUSTER_COUNT = 5;
    public static final long DEFAULT_SEED = 20190103L;
    public static final int DEFAULT_RESTARTS = 10;
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    public static final int DEFAULT_TRAITS_PER_CLUSTER = 3;

    public TypologySpec {
        Objects.requireNonNull(method, "method");
        if (clusterCount < 2) {
            throw new IllegalArgumentException("a typology has at least 2 clusters, not " + clusterCount);
        }
        if (restarts < 1 || maxIterations < 1 || traitsPerCluster < 1) {
            throw new IllegalArgumentException("restarts, iterations and traits per cluster are at least 1");
        }
    }

    public static TypologySpec of(int clusterCount, TypologyMethod method) {
        return new TypologySpec(
                clusterCount,
                method,
                DEFAULT_SEED,
                DEFAULT_RESTARTS,
                DEFAULT_MAX_ITERATIONS,
                DEFAULT_TRAITS_PER_CLUSTER);
    }
}
