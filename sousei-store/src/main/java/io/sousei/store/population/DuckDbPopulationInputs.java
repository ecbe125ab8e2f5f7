package io.sousei.store.population;

import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.PopulationErrorCode;
import io.sousei.population.PopulationProjectionException;
import io.sousei.population.regional.CountryInputs;
import io.sousei.population.regional.PopulationInputsSource;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.store.read.Connections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Projection inputs estimated from the warehouse, built once per country and base year and kept (they change only
 * when data is imported, which a running server does not do).
 */
public final class DuckDbPopulationInputs implements PopulationInputsSource {

    private final PopulationReads reads;
    private final Map<String, CountryInputs> cache = new ConcurrentHashMap<>();

    public DuckDbPopulationInputs(Connections connections) {
        this.reads = new PopulationReads(connections);
    }

    @Override
    public CountryInputs getInputs(Country country, int baseYear) {
        return cache.computeIfAbsent(country + "@" + baseYear, k -> switch (country) {
            case TW -> new TaiwanInputs(reads).build(baseYear);
            case JP -> new JapanInputs(reads).build(baseYear);
        });
    }

    @Override
    public Map<RegionId, PopulationBySexAge> getCounts(Country country, String period) {
        FiveYearAgeGroups groups = country == Country.TW ? TaiwanInputs.AGE_GROUPS : JapanInputs.AGE_GROUPS;
        String level = country == Country.TW ? "town" : "municipality";
        Map<RegionId, PopulationBySexAge> out = new TreeMap<>();
        for (String l : List.of(level, "nation")) {
            SexAgeTable t = SexAgeTable.of(
                    groups, reads.rows("population.total", country.name(), l, List.of(period)), r -> true);
            for (String id : t.regionIds()) {
                out.put(RegionId.parse(id), t.population(id));
            }
        }
        if (out.isEmpty()) {
            throw new PopulationProjectionException(
                    PopulationErrorCode.POPULATION_DATA_MISSING,
                    "no counts by sex and age for " + country + " at " + period);
        }
        return out;
    }

    @Override
    public List<Integer> listBaseYears(Country country) {
        return switch (country) {
            case TW -> TaiwanInputs.baseYears();
            case JP -> JapanInputs.baseYears();
        };
    }
}
