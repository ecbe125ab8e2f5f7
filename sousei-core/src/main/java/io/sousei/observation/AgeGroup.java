package io.sousei.observation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age-group codes of the observation schema: {@code _T} all ages, {@code 0-4} … closed ranges, {@code 85+}
 * open last groups, {@code unknown} for persons whose age was not stated (kept as published).
 */
public final class AgeGroup {

    public static final String TOTAL = "_T";
    public static final String UNKNOWN = "unknown";

    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})-(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\+");

    private AgeGroup() {}

    public static boolean isValid(String code) {
        if (TOTAL.equals(code) || UNKNOWN.equals(code)) {
            return true;
        }
        if (code == null) {
            return false;
        }
        Matcher range = RANGE.matcher(code);
        if (range.matches()) {
            return Integer.parseInt(range.group(1)) <= Integer.parseInt(range.group(2));
        }
        return OPEN.matcher(code).matches();
    }

    /** The five-year group code starting at {@code lower}: 0 → {@code 0-4}. */
    public static String fiveYear(int lower) {
        if (lower < 0 || lower % 5 != 0) {
            throw new IllegalArgumentException("a five-year group starts at a multiple of 5, not " + lower);
        }
        return lower + "-" + (lower + 4);
    }

    /** The open last group from {@code lower}: 85 → {@code 85+}. */
    public static String openFrom(int lower) {
        return lower + "+";
    }
}
