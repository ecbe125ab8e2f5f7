package io.sousei.benchmark;

import io.sousei.indicator.IndicatorId;
import java.util.Objects;

/**
 * One indicator of a composite index: its polarity, its user weight (used with {@link Weighting#USER}) and,
 * for the normalisations that need them, goalposts and a reference value in the indicator's own unit.
 *
 * @param goalpostLow null: the observed minimum
 * @param goalpostHigh null: the observed maximum
 * @param referenceValue null: the spec's reference region, else the mean over regions
 */
public record IndexIndicator(
        IndicatorId indicator,
        Polarity polarity,
        double weight,
        Double goalpostLow,
        Double goalpostHigh,
        Double referenceValue) {

    public static final double DEFAULT_WEIGHT = 1.0;

    public IndexIndicator {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(polarity, "polarity");
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(indicator + ": a weight is a finite number ≥ 0, not " + weight);
        }
        if (goalpostLow != null && goalpostHigh != null && !(goalpostHigh > goalpostLow)) {
            throw new IllegalArgumentException(indicator + ": the high goalpost must exceed the low one");
        }
        if (referenceValue != null && referenceValue == 0) {
            throw new IllegalArgumentException(indicator + ": a reference value of 0 gives no relative distance");
        }
    }

    public static IndexIndicator of(IndicatorId indicator, Polarity polarity) {
        return new IndexIndicator(indicator, polarity, DEFAULT_WEIGHT, null, null, null);
    }

    public static IndexIndicator of(IndicatorId indicator, Polarity polarity, double weight) {
        return new IndexIndicator(indicator, polarity, weight, null, null, null);
    }

    public IndexIndicator withGoalposts(double low, double high) {
        return new IndexIndicator(indicator, polarity, weight, low, high, referenceValue);
    }

    public IndexIndicator withWeight(double newWeight) {
        return new IndexIndicator(indicator, polarity, newWeight, goalpostLow, goalpostHigh, referenceValue);
    }
}
