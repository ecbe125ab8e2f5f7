package io.sousei.profile;

import java.util.List;

/**
 * A chart's worth of a profile.
 *
 * @param key what the chart shows: {@code population_trend}, {@code vital_events}, {@code pyramid},
 *     {@code income}, {@code establishments}, {@code medical_care}
 */
public record ProfileSection(String key, List<ProfileSeries> series) {

    public ProfileSection {
        series = List.copyOf(series);
    }
}
