package io.sousei.population.regional;

import io.sousei.population.FiveYearAgeGroups;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.region.UnknownRegionException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The projection inputs of every lowest-level region of a country (TW towns, JP municipalities) and of the nation,
 * at one base year, with the fertility trend they share.
 */
public record CountryInputs(
        Country country,
        int baseYear,
        FiveYearAgeGroups ageGroups,
        RegionInputs nation,
        Map<RegionId, RegionInputs> regions,
        FertilityTrend fertilityTrend) {

    public CountryInputs {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(ageGroups, "ageGroups");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(fertilityTrend, "fertilityTrend");
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("no regions for " + country + " " + baseYear);
        }
        regions = Collections.unmodifiableMap(new TreeMap<>(regions));
    }

    public RegionInputs getRegion(RegionId id) {
        RegionInputs r = id.isNation() && id.country() == country ? nation : regions.get(id);
        if (r == null) {
            throw new UnknownRegionException(id);
        }
        return r;
    }

    public List<RegionId> listRegionIds() {
        return List.copyOf(regions.keySet());
    }
}
