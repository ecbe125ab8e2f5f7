package io.sousei.population.regional;

import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.ProjectionMethod;
import io.sousei.population.ProjectionScenario;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import java.util.List;
import java.util.Objects;

/**
 * A projection of a country's regions: which regions (empty: all), which method, from the base to the horizon year
 * in five-year steps, under a scenario, optionally adjusted cell by cell to the nation projected with the same
 * method ({@code adjustNational}).
 */
public record RegionalProjectionSpec(
        Country country,
        List<RegionId> regions,
        ProjectionMethod method,
        int baseYear,
        int horizonYear,
        ProjectionScenario scenario,
        boolean adjustNational) {

    public RegionalProjectionSpec {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(scenario, "scenario");
        regions = List.copyOf(regions);
        for (RegionId r : regions) {
            if (r.country() != country) {
                throw new IllegalArgumentException("region " + r + " is not in " + country);
            }
        }
        if (method == ProjectionMethod.POOL_MIGRATION) {
            throw new IllegalArgumentException("the method is one of ipss, ccm, hamilton-perry");
        }
        if (horizonYear <= baseYear || (horizonYear - baseYear) % FiveYearAgeGroups.WIDTH_YEARS != 0) {
            throw new IllegalArgumentException("the horizon " + horizonYear + " is 5, 10, … years after the base "
                    + baseYear + ", e.g. " + (baseYear + 30));
        }
        if (horizonYear - baseYear > 100) {
            throw new IllegalArgumentException("the horizon is at most 100 years after the base");
        }
        if (method == ProjectionMethod.HAMILTON_PERRY && !scenario.equals(ProjectionScenario.BASELINE)) {
            throw new IllegalArgumentException(
                    "Hamilton–Perry does not separate fertility and migration: drop the TFR and migration options");
        }
    }

    public int stepCount() {
        return (horizonYear - baseYear) / FiveYearAgeGroups.WIDTH_YEARS;
    }

    public RegionalProjectionSpec withScenario(ProjectionScenario s) {
        return new RegionalProjectionSpec(country, regions, method, baseYear, horizonYear, s, adjustNational);
    }

    public RegionalProjectionSpec withHorizonYear(int year) {
        return new RegionalProjectionSpec(country, regions, method, baseYear, year, scenario, adjustNational);
    }
}
