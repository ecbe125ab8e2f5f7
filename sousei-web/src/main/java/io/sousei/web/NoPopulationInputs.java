package io.sousei.web;

import io.sousei.population.PopulationBySexAge;
import io.sousei.population.PopulationErrorCode;
import io.sousei.population.PopulationProjectionException;
import io.sousei.population.regional.CountryInputs;
import io.sousei.population.regional.PopulationInputsSource;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import java.util.List;
import java.util.Map;

/** A server without projection inputs: the population routes answer {@code no_data}. */
enum NoPopulationInputs implements PopulationInputsSource {
    INSTANCE;

    @Override
    public CountryInputs getInputs(Country country, int baseYear) {
        throw missing();
    }

    @Override
    public Map<RegionId, PopulationBySexAge> getCounts(Country country, String period) {
        throw missing();
    }

    @Override
    public List<Integer> listBaseYears(Country country) {
        throw missing();
    }

    private static PopulationProjectionException missing() {
        return new PopulationProjectionException(
                PopulationErrorCode.POPULATION_DATA_MISSING, "this server has no population projection inputs");
    }
}
