package io.sousei.benchmark;

import java.util.Objects;

/**
 * One indicator of a composite index as a user writes it: {@code income.median@2017}, or
 * {@code -population.share_65_plus@2017} for an indicator where less is better.
 */
public record IndexTerm(ProfileIndicator source, Polarity polarity) {

    public IndexTerm {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(polarity, "polarity");
    }

    public static IndexTerm parse(String text, String defaultPeriod) {
        String t = text.strip();
        Polarity polarity = t.startsWith("-") ? Polarity.NEGATIVE : Polarity.POSITIVE;
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1);
        }
        return new IndexTerm(ProfileIndicator.parse(t, defaultPeriod), polarity);
    }

    public IndexIndicator indicator(double weight) {
        return IndexIndicator.of(source.indicator(), polarity, weight);
    }
}
