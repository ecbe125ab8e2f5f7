package io.sousei.observation;

import java.util.regex.Pattern;

/**
 * Period codes of the observation schema, ISO-like: {@code 2017} (year), {@code 2017-06} (month),
 * {@code 2017-Q2} (quarter), {@code 2017-S1} (half year). An annual figure uses the year; its dataset
 * records the reference date.
 */
public final class Period {

    private static final Pattern FORM = Pattern.compile("(1[89]|2[0-9])\\d{2}(-(0[1-9]|1[0-2])|-Q[1-4]|-S[12])?");

    private Period() {}

    public static boolean isValid(String code) {
        return code != null && FORM.matcher(code).matches();
    }

    /** The calendar year a period falls in. */
    public static int year(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("not a period: " + code);
        }
        return Integer.parseInt(code.substring(0, 4));
    }
}
