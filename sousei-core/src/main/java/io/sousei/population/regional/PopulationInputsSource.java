package io.sousei.population.regional;

import io.sousei.region.Country;
import java.util.List;

/** The port the warehouse implements: projection inputs estimated from observed counts and vital statistics. */
public interface PopulationInputsSource {

    /**
     * @throws io.sousei.population.PopulationProjectionException with code {@code POPULATION_DATA_MISSING} when the
     *     base year has no counts by sex and age, or no counts five years earlier
     */
    CountryInputs getInputs(Country country, int baseYear);

    /**
     * Observed counts of every lowest-level region (and the nation) at a period ({@code 2017}, {@code 2021-06}),
     * age unknown pro-rated, on the country's projection axis.
     */
    java.util.Map<io.sousei.region.RegionId, io.sousei.population.PopulationBySexAge> getCounts(
            Country country, String period);

    /** Base years the data supports, oldest first. */
    List<Integer> listBaseYears(Country country);
}
