package io.sousei.benchmark;

import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Period;
import java.util.Objects;

/**
 * One column of a region profile: an indicator at a period (the all-sexes, all-ages, {@code _T} total).
 * {@link #AREA_KM2} reads the region's area from the region catalogue and takes no period.
 */
public record ProfileIndicator(IndicatorId indicator, String period) {

    /** The area of the region in km², from the region catalogue. */
    public static final IndicatorId AREA_KM2 = IndicatorId.of("region.area_km2");

    public ProfileIndicator {
        Objects.requireNonNull(indicator, "indicator");
        if (!indicator.equals(AREA_KM2) && !Period.isValid(period)) {
            throw new IllegalArgumentException(indicator + ": period '" + period + "' is not like 2017 or 2017-06");
        }
    }

    public static ProfileIndicator of(String indicator, String period) {
        return new ProfileIndicator(IndicatorId.of(indicator), period);
    }

    public static ProfileIndicator area() {
        return new ProfileIndicator(AREA_KM2, null);
    }

    /** {@code population.total@2017}, or the bare id for the area. */
    @Override
    public String toString() {
        return period == null ? indicator.toString() : indicator + "@" + period;
    }

    /** Parses {@code population.total@2017}; without {@code @period}, the given default period. */
    public static ProfileIndicator parse(String text, String defaultPeriod) {
        String t = text.strip();
        int at = t.indexOf('@');
        IndicatorId id = IndicatorId.of(at < 0 ? t : t.substring(0, at));
        if (id.equals(AREA_KM2)) {
            return area();
        }
        return new ProfileIndicator(id, at < 0 ? defaultPeriod : t.substring(at + 1));
    }
}
