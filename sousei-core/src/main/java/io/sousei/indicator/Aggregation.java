package io.sousei.indicator;

import java.util.Objects;

/**
 * How the values of several regions combine into one area: the rule a custom area or a parent region uses.
 *
 * <ul>
 *   <li>{@code sum} — counts (persons, births, establishments)
 *   <li>{@code weighted_mean:W} — a mean weighted by indicator W (e.g. a TFR weighted by women 15–49)
 *   <li>{@code ratio_of_sums:N/D} — a ratio recomputed from summed numerator N and denominator D
 *   <li>{@code not_additive} — medians, quartiles, indices: cannot be combined from regional values
 * </ul>
 */
public sealed interface Aggregation {

    record Sum() implements Aggregation {
        @Override
        public String notation() {
            return "sum";
        }
    }

    record WeightedMean(IndicatorId weight) implements Aggregation {
        public WeightedMean {
            Objects.requireNonNull(weight, "weight");
        }

        @Override
        public String notation() {
            return "weighted_mean:" + weight;
        }
    }

    record RatioOfSums(IndicatorId numerator, IndicatorId denominator) implements Aggregation {
        public RatioOfSums {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
        }

        @Override
        public String notation() {
            return "ratio_of_sums:" + numerator + "/" + denominator;
        }
    }

    record NotAdditive() implements Aggregation {
        @Override
        public String notation() {
            return "not_additive";
        }
    }

    /** The rule in the catalogue's notation. */
    String notation();

    /** Parses the catalogue notation; throws with the accepted forms on anything else. */
    static Aggregation parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals("sum")) {
            return new Sum();
        }
        if (t.equals("not_additive")) {
            return new NotAdditive();
        }
        if (t.startsWith("weighted_mean:")) {
            return new WeightedMean(IndicatorId.of(t.substring("weighted_mean:".length())));
        }
        if (t.startsWith("ratio_of_sums:")) {
            String[] parts = t.substring("ratio_of_sums:".length()).split("/", -1);
            if (parts.length == 2) {
                return new RatioOfSums(IndicatorId.of(parts[0]), IndicatorId.of(parts[1]));
            }
        }
        throw new IllegalArgumentException("aggregation '" + text
                + "' is not one of: sum, weighted_mean:<indicator>, ratio_of_sums:<numerator>/<denominator>,"
                + " not_additive");
    }
}
