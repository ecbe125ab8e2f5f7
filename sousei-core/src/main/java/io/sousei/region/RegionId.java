package io.sousei.region;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A region's identifier: {@code <country>:<official code>} ({@code TW:10013010} 屏東市, {@code JP:01100}
 * 札幌市); the nation itself is the bare country ({@code TW}, {@code JP}).
 */
public record RegionId(Country country, String code) implements Comparable<RegionId> {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,16}");

    public RegionId {
        Objects.requireNonNull(country, "country");
        if (code != null && code.isEmpty()) {
            code = null;
        }
        if (code != null && !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a region code: " + code);
        }
    }

    public static RegionId nation(Country country) {
        return new RegionId(country, null);
    }

    public static RegionId of(Country country, String code) {
        return new RegionId(country, code);
    }

    /**
     * Parses {@code TW:10013010} or {@code TW}.
     *
     * @throws IllegalArgumentException with a message a user can act on
     */
    public static RegionId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a region id is empty; write it as TW:10013010, JP:01100 or TW");
        }
        String t = text.strip();
        int colon = t.indexOf(':');
        String countryPart = colon < 0 ? t : t.substring(0, colon);
        Country country;
        try {
            country = Country.valueOf(countryPart);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "region id '" + text + "' does not start with a known country (TW or JP)", e);
        }
        if (colon < 0) {
            return nation(country);
        }
        String code = t.substring(colon + 1);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("region id '" + text + "' has no valid code after the colon");
        }
        return new RegionId(country, code);
    }

    public boolean isNation() {
        return code == null;
    }

    @Override
    public int compareTo(RegionId other) {
        int c = country.compareTo(other.country);
        if (c != 0) {
            return c;
        }
        if (code == null || other.code == null) {
            return code == null ? (other.code == null ? 0 : -1) : 1;
        }
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code == null ? country.name() : country.name() + ":" + code;
    }
}
