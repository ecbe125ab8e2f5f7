package io.sousei.region;

import io.sousei.text.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A region of the warehouse: an administrative unit with its names, its parent, the period its code is
 * valid and its area. The boundary geometry is stored beside it and served separately.
 */
public record Region(
        RegionId id,
        RegionLevel level,
        RegionId parent,
        LocalizedText name,
        LocalDate validFrom,
        LocalDate validTo,
        Double areaKm2) {

    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        if (!level.existsIn(id.country())) {
            throw new IllegalArgumentException(id + ": level " + level.key() + " does not exist in " + id.country());
        }
        if ((level == RegionLevel.NATION) != (parent == null)) {
            throw new IllegalArgumentException(id + ": the nation, and only the nation, has no parent");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException(id + ": valid to " + validTo + " is before valid from " + validFrom);
        }
        if (areaKm2 != null && !(areaKm2 >= 0)) {
            throw new IllegalArgumentException(id + ": area must be a non-negative number of km², not " + areaKm2);
        }
    }

    public Optional<RegionId> findParent() {
        return Optional.ofNullable(parent);
    }

    public Optional<Double> findAreaKm2() {
        return Optional.ofNullable(areaKm2);
    }

    /** Whether the code is in force on the given day (open-ended validity counts as in force). */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
