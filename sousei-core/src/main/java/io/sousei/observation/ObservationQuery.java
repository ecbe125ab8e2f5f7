package io.sousei.observation;

import io.sousei.indicator.IndicatorId;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import java.util.List;
import java.util.Objects;

/**
 * What to read from the warehouse: one indicator, for the regions of a country at a level (optionally under
 * one parent, or a list of regions), one or all periods, one breakdown cell.
 *
 * @param level null for every level
 * @param parent null for every parent
 * @param regions empty for every region
 * @param period null for every period
 * @param sex defaults to {@link Sex#T}
 * @param ageGroup defaults to {@link AgeGroup#TOTAL}; {@code *} for every age group
 * @param category defaults to {@code _T}; {@code *} for every category
 * @param limit the most rows to return
 */
public record ObservationQuery(
        IndicatorId indicator,
        Country country,
        RegionLevel level,
        RegionId parent,
        List<RegionId> regions,
        String period,
        Sex sex,
        String ageGroup,
        String category,
        int limit) {

    public static final int DEFAULT_LIMIT = 100_000;
    public static final String ANY_CATEGORY = "*";
    public static final String ANY_AGE_GROUP = "*";

    public ObservationQuery {
        Objects.requireNonNull(indicator, "indicator");
        regions = regions == null ? List.of() : List.copyOf(regions);
        sex = sex == null ? Sex.T : sex;
        ageGroup = ageGroup == null ? AgeGroup.TOTAL : ageGroup;
        category = category == null ? Observation.TOTAL : category;
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        if (period != null && !Period.isValid(period)) {
            throw new IllegalArgumentException("period '" + period + "' is not like 2017, 2017-06 or 2017-Q2");
        }
        if (!ageGroup.equals(ANY_AGE_GROUP) && !AgeGroup.isValid(ageGroup)) {
            throw new IllegalArgumentException("age group '" + ageGroup + "' is not like _T, 0-4 or 85+");
        }
    }

    public static ObservationQuery of(IndicatorId indicator, Country country, RegionLevel level, String period) {
        return new ObservationQuery(
                indicator, country, level, null, List.of(), period, null, null, null, DEFAULT_LIMIT);
    }
}
