package io.sousei.economy;

import java.util.Objects;

/** A sector (部門) of an input–output table: its code in the table's classification and its name. */
public record Sector(String code, String name) {

    public Sector {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a sector code must not be blank");
        }
    }
}
