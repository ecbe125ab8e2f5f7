package io.sousei.benchmark;

import java.util.Locale;
import java.util.Optional;

/** How normalised indicators are combined into one score (METHODS §3.1). */
public enum IndexAggregation {
    /** Σ w·I: fully compensatory. */
    ARITHMETIC,
    /** Π I^w on a strictly positive scale: a low value is compensated less. */
    GEOMETRIC,
    /**
     * Mazziotta–Pareto: on indicators rescaled to mean 100, sd 10, M − S·cv, where M and S are the region's
     * weighted mean and standard deviation across indicators: penalises unbalanced profiles. Uses its own
     * normalisation, whatever the spec's.
     */
    MAZZIOTTA_PARETO;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<IndexAggregation> findByKey(String key) {
        for (IndexAggregation a : values()) {
            if (key != null && a.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
