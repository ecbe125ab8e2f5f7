package io.sousei.benchmark;

import java.util.List;

/**
 * What a Monte Carlo uncertainty analysis varies: the normalisation and the aggregation are drawn uniformly
 * from the lists, and each weight is multiplied by a factor drawn uniformly from [1 − spread, 1 + spread]
 * and the weights rescaled to sum to 1. Seeded: the same spec gives the same intervals.
 */
public record UncertaintySpec(
        int draws,
        long seed,
        List<Normalisation> normalisations,
        List<IndexAggregation> aggregations,
        double weightSpread) {

    public static final int DEFAULT_DRAWS = 1000;
    public static final long DEFAULT_SEED = 20190103L;
    public static final List<Normalisation> DEFAULT_NORMALISATIONS =
            List.of(Normalisation.MIN_MAX, Normalisation.Z_SCORE, Normalisation.RANK);
    public static final List<IndexAggregation> DEFAULT_AGGREGATIONS =
            List.of(IndexAggregation.ARITHMETIC, IndexAggregation.GEOMETRIC);
    public static final double DEFAULT_WEIGHT_SPREAD = 0.25;

    public UncertaintySpec {
        normalisations = List.copyOf(normalisations);
        aggregations = List.copyOf(aggregations);
        if (draws < 2) {
            throw new IllegalArgumentException("a Monte Carlo analysis needs at least 2 draws, not " + draws);
        }
        if (normalisations.isEmpty() || aggregations.isEmpty()) {
            throw new IllegalArgumentException("give at least one normalisation and one aggregation to draw from");
        }
        if (!(weightSpread >= 0 && weightSpread < 1)) {
            throw new IllegalArgumentException("the weight spread is in [0, 1), not " + weightSpread);
        }
    }

    public static UncertaintySpec defaults() {
        return new UncertaintySpec(
                DEFAULT_DRAWS, DEFAULT_SEED, DEFAULT_NORMALISATIONS, DEFAULT_AGGREGATIONS, DEFAULT_WEIGHT_SPREAD);
    }

    public UncertaintySpec withDraws(int n) {
        return new UncertaintySpec(n, seed, normalisations, aggregations, weightSpread);
    }

    public UncertaintySpec withSeed(long s) {
        return new UncertaintySpec(draws, s, normalisations, aggregations, weightSpread);
    }
}
