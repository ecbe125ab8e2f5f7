package io.sousei.observation;

import io.sousei.indicator.IndicatorId;
import io.sousei.region.RegionId;
import java.util.Objects;

/**
 * One value of the warehouse, in the observation schema shared by importers, jobs and exports:
 * {@code dataset_id, indicator_id, region_id, period, sex, age_group, category, value, status}.
 *
 * @param category {@code _T} or a classification code (an industry section, an income source, …)
 * @param status SDMX observation status: {@code A} normal, {@code E} estimated, {@code P} provisional
 */
public record Observation(
        String datasetId,
        IndicatorId indicator,
        RegionId region,
        String period,
        Sex sex,
        String ageGroup,
        String category,
        double value,
        String status) {

    public static final String TOTAL = "_T";
    public static final String NORMAL = "A";

    public Observation {
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sex, "sex");
        if (!Period.isValid(period)) {
            throw new IllegalArgumentException("not a period: " + period);
        }
        if (!AgeGroup.isValid(ageGroup)) {
            throw new IllegalArgumentException("not an age group: " + ageGroup);
        }
        category = category == null || category.isBlank() ? TOTAL : category;
        status = status == null || status.isBlank() ? NORMAL : status;
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("an observation value must be a finite number, not " + value);
        }
    }
}
