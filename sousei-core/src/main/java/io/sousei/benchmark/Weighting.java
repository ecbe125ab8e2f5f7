package io.sousei.benchmark;

import java.util.Locale;
import java.util.Optional;

/** Where the indicator weights come from. */
public enum Weighting {
    /** 1/Q each. */
    EQUAL,
    /** The weights of the spec, rescaled to sum to 1. */
    USER,
    /**
     * Principal components of the normalised indicators (correlation matrix, complete regions): components
     * with eigenvalue ≥ 1 are kept (at least one); w_q ∝ Σ_k λ_k v_qk², i.e. squared loadings scaled to unit
     * sum per component, weighted by the variance each explains. No varimax rotation.
     */
    PCA;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Weighting> findByKey(String key) {
        for (Weighting w : values()) {
            if (key != null && w.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
