package io.sousei.indicator;

/**
 * The values an indicator can take: counts are never negative, shares lie in [0, 100]; a change or a balance
 * may take any sign. A value outside the range is a data error.
 *
 * @param minimum null when unbounded below
 * @param maximum null when unbounded above
 */
public record ValueRange(Double minimum, Double maximum) {

    public static final ValueRange ANY = new ValueRange(null, null);
    public static final ValueRange NON_NEGATIVE = new ValueRange(0.0, null);

    public ValueRange {
        if (minimum != null && maximum != null && minimum > maximum) {
            throw new IllegalArgumentException("range minimum " + minimum + " is above its maximum " + maximum);
        }
    }

    public boolean contains(double value) {
        return (minimum == null || value >= minimum) && (maximum == null || value <= maximum);
    }

    /** Parses the catalogue notation: empty (any), {@code >=0}, {@code <=100} or {@code 0..100}. */
    public static ValueRange parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.isEmpty()) {
                return ANY;
            }
            if (t.startsWith(">=")) {
                return new ValueRange(Double.parseDouble(t.substring(2)), null);
            }
            if (t.startsWith("<=")) {
                return new ValueRange(null, Double.parseDouble(t.substring(2)));
            }
            int dots = t.indexOf("..");
            if (dots > 0) {
                return new ValueRange(
                        Double.parseDouble(t.substring(0, dots)), Double.parseDouble(t.substring(dots + 2)));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("valid range '" + text + "' is not one of: empty, >=0, <=100, 0..100");
    }

    /** The range in the catalogue's notation. */
    public String notation() {
        if (minimum == null && maximum == null) {
            return "";
        }
        if (maximum == null) {
            return ">=" + plain(minimum);
        }
        if (minimum == null) {
            return "<=" + plain(maximum);
        }
        return plain(minimum) + ".." + plain(maximum);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
