package io.sousei.indicator;

import io.sousei.text.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator of the catalogue: what is measured, in which unit, where it comes from, how regions combine,
 * and — for a derived indicator — the formula it is computed with.
 *
 * @param unit the unit in the catalogue's words, e.g. {@code persons}, {@code per 1,000 persons},
 *     {@code NT$ thousand}, {@code %}
 * @param formula null for a measured indicator; the formula in terms of other indicator ids for a derived one
 * @param validRange the values the indicator can take; {@link ValueRange#ANY} when any sign is possible
 */
public record Indicator(
        IndicatorId id,
        Category category,
        LocalizedText name,
        String unit,
        String definition,
        String source,
        String licence,
        Aggregation aggregation,
        String formula,
        IndicatorStatus status,
        ValueRange validRange) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(status, "status");
        validRange = validRange == null ? ValueRange.ANY : validRange;
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException(id + ": an indicator needs a unit");
        }
        formula = formula == null || formula.isBlank() ? null : formula.strip();
    }

    public boolean isDerived() {
        return formula != null;
    }

    public Optional<String> findFormula() {
        return Optional.ofNullable(formula);
    }
}
