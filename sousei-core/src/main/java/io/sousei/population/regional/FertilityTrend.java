package io.sousei.population.regional;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How fertility moves relative to the base: a factor by step start year applied to every region's ASFR and
 * child–woman ratio (Taiwan: the NDC medium TFR of the step over the TFR of the base). Steps before the first entry
 * take factor 1; after the last, the last. A user's TFR path replaces the trend.
 */
public record FertilityTrend(NavigableMap<Integer, Double> factorByStepStartYear) {

    public static final FertilityTrend CONSTANT = new FertilityTrend(new TreeMap<>());

    public FertilityTrend {
        Objects.requireNonNull(factorByStepStartYear, "factorByStepStartYear");
        for (double f : factorByStepStartYear.values()) {
            if (!(f > 0) || !Double.isFinite(f)) {
                throw new IllegalArgumentException("a fertility trend factor is positive: " + f);
            }
        }
        factorByStepStartYear = Collections.unmodifiableNavigableMap(new TreeMap<>(factorByStepStartYear));
    }

    public double factorOfStep(int startYear) {
        Map.Entry<Integer, Double> e = factorByStepStartYear.floorEntry(startYear);
        return e == null ? 1 : e.getValue();
    }
}
