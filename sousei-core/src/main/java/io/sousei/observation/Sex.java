package io.sousei.observation;

import java.util.Optional;

/** Sex breakdown of an observation, in SDMX codes: T total, M male, F female. */
public enum Sex {
    T,
    M,
    F;

    public static Optional<Sex> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.strip()) {
            case "T" -> Optional.of(T);
            case "M" -> Optional.of(M);
            case "F" -> Optional.of(F);
            default -> Optional.empty();
        };
    }
}
