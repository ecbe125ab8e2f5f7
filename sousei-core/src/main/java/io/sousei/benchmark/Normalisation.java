package io.sousei.benchmark;

import java.util.Locale;
import java.util.Optional;

/** How raw indicator values are put on a common scale (OECD/JRC Handbook 2008, step 5; METHODS §3.1). */
public enum Normalisation {
    /** (x − min)/(max − min), in [0, 1]. */
    MIN_MAX,
    /** (x − mean)/sd with the sample standard deviation. */
    Z_SCORE,
    /** The rank among regions, 1 for the lowest; ties share the mean rank. */
    RANK,
    /** (x − low)/(high − low) truncated to [0, 1]; without goalposts, the observed min and max. */
    GOALPOSTS,
    /** (x − reference)/|reference|: 0 at the reference value (a region's or the mean of all regions). */
    DISTANCE_TO_REFERENCE;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Normalisation> findByKey(String key) {
        for (Normalisation n : values()) {
            if (key != null && n.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
