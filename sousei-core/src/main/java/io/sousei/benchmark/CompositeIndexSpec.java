package io.sousei.benchmark;

import io.sousei.region.RegionId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A composite index as the OECD/JRC Handbook builds it: indicators with polarity and weight, a normalisation,
 * a weighting, an aggregation and an explicit missing-data rule.
 *
 * <p>Missing data: a region is scored only when it has at least {@code minimumIndicatorShare} of the
 * indicators (default 2/3, METHODS §3.4); its missing indicators are left out and the weights of the others
 * rescaled to sum to 1 (available-case aggregation). Other regions get no score and no rank.
 *
 * @param referenceRegion for {@link Normalisation#DISTANCE_TO_REFERENCE}: whose values are the reference
 *     (null: each indicator's own reference value, else the mean over regions)
 */
public record CompositeIndexSpec(
        List<IndexIndicator> indicators,
        Normalisation normalisation,
        Weighting weighting,
        IndexAggregation aggregation,
        double minimumIndicatorShare,
        RegionId referenceRegion) {

    public static final Normalisation DEFAULT_NORMALISATION = Normalisation.MIN_MAX;
    public static final Weighting DEFAULT_WEIGHTING = Weighting.EQUAL;
    public static final IndexAggregation DEFAULT_AGGREGATION = IndexAggregation.ARITHMETIC;
    public static final double DEFAULT_MINIMUM_INDICATOR_SHARE = 2.0 / 3.0;

    public CompositeIndexSpec {
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(aggregation, "aggregation");
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("a composite index needs at least one indicator");
        }
        var ids = new HashSet<>();
        for (IndexIndicator i : indicators) {
            if (!ids.add(i.indicator())) {
                throw new IllegalArgumentException("indicator " + i.indicator() + " is given twice");
            }
        }
        if (weighting == Weighting.USER
                && indicators.stream().mapToDouble(IndexIndicator::weight).sum() <= 0) {
            throw new IllegalArgumentException("user weights must not all be 0");
        }
        if (!(minimumIndicatorShare > 0 && minimumIndicatorShare <= 1)) {
            throw new IllegalArgumentException(
                    "the minimum share of indicators present is in (0, 1], not " + minimumIndicatorShare);
        }
    }

    /** Min–max, equal weights, arithmetic mean, 2/3 of the indicators required. */
    public static CompositeIndexSpec of(List<IndexIndicator> indicators) {
        return new CompositeIndexSpec(
                indicators,
                DEFAULT_NORMALISATION,
                DEFAULT_WEIGHTING,
                DEFAULT_AGGREGATION,
                DEFAULT_MINIMUM_INDICATOR_SHARE,
                null);
    }

    public CompositeIndexSpec with(Normalisation n) {
        return new CompositeIndexSpec(indicators, n, weighting, aggregation, minimumIndicatorShare, referenceRegion);
    }

    public CompositeIndexSpec with(Weighting w) {
        return new CompositeIndexSpec(
                indicators, normalisation, w, aggregation, minimumIndicatorShare, referenceRegion);
    }

    public CompositeIndexSpec with(IndexAggregation a) {
        return new CompositeIndexSpec(indicators, normalisation, weighting, a, minimumIndicatorShare, referenceRegion);
    }

    public CompositeIndexSpec withReferenceRegion(RegionId region) {
        return new CompositeIndexSpec(indicators, normalisation, weighting, aggregation, minimumIndicatorShare, region);
    }
}
