package io.sousei.profile;

import io.sousei.indicator.Indicator;
import io.sousei.observation.Observation;
import java.util.List;

/** The rows of one indicator a profile chart draws, as the warehouse holds them. */
public record ProfileSeries(Indicator indicator, List<Observation> rows) {

    public ProfileSeries {
        rows = List.copyOf(rows);
    }
}
