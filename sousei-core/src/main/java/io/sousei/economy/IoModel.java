package io.sousei.economy;

import java.util.Locale;
import java.util.Optional;

/** Which Leontief model a result comes from; every answer names it. */
public enum IoModel {
    /**
     * The table's coefficients as they are, L = (I − A)<sup>−1</sup>. With a competitive-import table A holds
     * imported inputs too, so the multipliers are upper bounds of the region's own effects.
     */
    CLOSED("closed", "as-is model L = (I − A)^-1 on the table's coefficients (imports not separated)"),
    /**
     * The competitive-import regional model G = [I − (I − M̂)A]<sup>−1</sup> with self-sufficiency rates 1 − m<sub>i</sub>
     * applied to intermediate and final demand alike (Japanese prefectural practice).
     */
    REGIONAL("regional", "competitive-import regional model G = [I − (I − M)A]^-1 with self-sufficiency rates");

    private final String key;
    private final String description;

    IoModel(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static Optional<IoModel> findByKey(String key) {
        for (IoModel m : values()) {
            if (m.key.equals(key == null ? null : key.toLowerCase(Locale.ROOT))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
