package io.sousei.region;

import java.util.Locale;
import java.util.Optional;

/** The administrative levels: Taiwan nation/county/town/village, Japan nation/prefecture/municipality. */
public enum RegionLevel {
    NATION,
    COUNTY,
    TOWN,
    VILLAGE,
    PREFECTURE,
    MUNICIPALITY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RegionLevel> findByKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (RegionLevel level : values()) {
            if (level.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** Whether a region of this level can exist in the country. */
    public boolean existsIn(Country country) {
        return switch (this) {
            case NATION -> true;
            case COUNTY, TOWN, VILLAGE -> country == Country.TW;
            case PREFECTURE, MUNICIPALITY -> country == Country.JP;
        };
    }
}
