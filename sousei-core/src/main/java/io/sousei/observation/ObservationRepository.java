package io.sousei.observation;

import io.sousei.indicator.IndicatorId;
import io.sousei.region.Country;
import io.sousei.region.RegionLevel;
import java.util.List;

/** Reads observations from the warehouse. Implemented by the store. */
public interface ObservationRepository {

    /** Observations matching the query, ordered by region id and period. */
    List<Observation> listObservations(ObservationQuery query);

    /** The periods for which the indicator has values in the country at the level (null: any), ascending. */
    List<String> listPeriods(IndicatorId indicator, Country country, RegionLevel level);

    /** The sexes, age groups and categories the indicator has values for in the country at the level (null: any). */
    Breakdowns listBreakdowns(IndicatorId indicator, Country country, RegionLevel level);
}
