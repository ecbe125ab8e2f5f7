package io.sousei.benchmark;

import java.util.Locale;
import java.util.Optional;

/** How regions are grouped: k-means (k-means++ seeding) or hierarchical Ward clustering. */
public enum TypologyMethod {
    K_MEANS,
    WARD;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<TypologyMethod> findByKey(String key) {
        for (TypologyMethod m : values()) {
            if (key != null && m.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
