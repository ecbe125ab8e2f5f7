package io.sousei.economy;

import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.observation.ObservationRepository;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small read helpers over the observation port for the economy readers. */
final class Observations {

    private final ObservationRepository repository;

    Observations(ObservationRepository repository) {
        this.repository = repository;
    }

    /** Every category of one indicator for one region and period, category → value. */
    Map<String, Double> byCategory(String indicator, RegionId region, String period) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Observation o : list(indicator, region, period, ObservationQuery.ANY_CATEGORY)) {
            m.put(o.category(), o.value());
        }
        return m;
    }

    List<Observation> list(String indicator, RegionId region, String period, String category) {
        return repository.listObservations(new ObservationQuery(
                IndicatorId.of(indicator),
                region.country(),
                null,
                null,
                List.of(region),
                period,
                null,
                null,
                category,
                ObservationQuery.DEFAULT_LIMIT));
    }

    /** The totals ({@code _T}) of an indicator for every region of a level under a parent (null: all). */
    List<Observation> totals(
            String indicator, RegionId anyOfCountry, RegionLevel level, RegionId parent, String period) {
        return repository.listObservations(new ObservationQuery(
                IndicatorId.of(indicator),
                anyOfCountry.country(),
                level,
                parent,
                List.of(),
                period,
                null,
                null,
                null,
                ObservationQuery.DEFAULT_LIMIT));
    }

    List<String> periods(String indicator, RegionId anyOfCountry, RegionLevel level) {
        return repository.listPeriods(IndicatorId.of(indicator), anyOfCountry.country(), level);
    }
}
