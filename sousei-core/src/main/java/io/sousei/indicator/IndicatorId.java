package io.sousei.indicator;

import java.util.regex.Pattern;

/** An indicator's id: dotted lower case, e.g. {@code population.total}, {@code income.median}. */
public record IndicatorId(String value) implements Comparable<IndicatorId> {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");

    public IndicatorId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "indicator id '" + value + "' is not dotted lower case like population.total or income.median");
        }
    }

    public static IndicatorId of(String value) {
        return new IndicatorId(value == null ? null : value.strip());
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(IndicatorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
