package io.sousei.web.api;

import java.math.BigDecimal;

/**
 * Observation values as people write them: whole numbers without a decimal part (22276672, not
 * 2.2276672E7 or 22276672.0) and fractions in the shortest plain form that reads back as the same double.
 */
final class PlainNumbers {

    /** Beyond 2^53 a double no longer holds every whole number; such values are printed as they are. */
    private static final double EXACT_WHOLE_LIMIT = 9_007_199_254_740_992d;

    private PlainNumbers() {}

    static BigDecimal decimal(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE_LIMIT) {
            return BigDecimal.valueOf((long) value);
        }
        BigDecimal shortest = BigDecimal.valueOf(value).stripTrailingZeros();
        return shortest.scale() < 0 ? shortest.setScale(0) : shortest;
    }

    static String format(double value) {
        return decimal(value).toPlainString();
    }
}
