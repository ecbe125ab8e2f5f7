package io.sousei.profile;

import io.sousei.indicator.Indicator;
import java.util.OptionalDouble;

/**
 * One headline figure of a profile: an indicator's value for the region, its parent and the nation in the
 * same period, from the dataset that gave the region's value.
 *
 * @param parent null when the parent has no value for the period (or the region is a nation)
 * @param nation null when the nation has no value for the period
 */
public record Figure(
        Indicator indicator, String period, double region, Double parent, Double nation, String datasetId) {

    public OptionalDouble findParent() {
        return parent == null ? OptionalDouble.empty() : OptionalDouble.of(parent);
    }
}
