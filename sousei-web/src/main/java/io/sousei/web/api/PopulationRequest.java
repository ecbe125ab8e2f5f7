package io.sousei.web.api;

import io.sousei.population.ProjectionMethod;
import io.sousei.population.ProjectionScenario;
import io.sousei.population.regional.PopulationInputsSource;
import io.sousei.population.regional.ProjectionOptions;
import io.sousei.population.regional.RegionalProjectionSpec;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.web.http.QueryParameters;
import java.util.List;

/**
 * The parameters of the population routes: {@code country}, {@code region} (repeatable), {@code method}, {@code base},
 * {@code horizon}, {@code tfr} with {@code tfr_year}, {@code migration}, {@code adjust_national}, {@code format},
 * {@code detail} ({@code cells}: every sex × age cell, the default; {@code totals}: totals and broad groups only).
 */
record PopulationRequest(RegionalProjectionSpec spec, String format, boolean cells) {

    static PopulationRequest parse(QueryParameters params, PopulationInputsSource inputs) {
        Country country = params.country()
                .orElseThrow(() -> QueryParameters.bad("country is required (TW or JP), e.g. country=JP"));
        List<RegionId> regions = params.regionIds("region");
        String methodKey = params.oneOf("method", ProjectionOptions.METHOD_KEYS);
        ProjectionMethod method = ProjectionOptions.findMethod(methodKey).orElseThrow();
        List<Integer> bases = inputs.listBaseYears(country);
        int base = params.find("base").map(t -> integer("base", t)).orElse(bases.getLast());
        if (!bases.contains(base)) {
            throw QueryParameters.bad("base " + base + " is not a base year of " + country + "; use one of " + bases);
        }
        int horizon = params.find("horizon").map(t -> integer("horizon", t)).orElse(base + 30);
        Double tfr = params.find("tfr").map(t -> number("tfr", t)).orElse(null);
        Integer tfrYear =
                params.find("tfr_year").map(t -> integer("tfr_year", t)).orElse(null);
        Double migration =
                params.find("migration").map(t -> number("migration", t)).orElse(null);
        boolean adjust = Boolean.parseBoolean(params.oneOf("adjust_national", List.of("false", "true")));
        String format = params.oneOf("format", List.of("json", "csv"));
        boolean cells = params.oneOf("detail", List.of("cells", "totals")).equals("cells");
        try {
            ProjectionScenario scenario = ProjectionOptions.scenario(tfr, tfrYear, migration, base);
            return new PopulationRequest(
                    new RegionalProjectionSpec(country, regions, method, base, horizon, scenario, adjust),
                    format,
                    cells);
        } catch (IllegalArgumentException e) {
            throw QueryParameters.bad(e.getMessage().replace("tfr-year", "tfr_year"));
        }
    }

    private static int integer(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw QueryParameters.bad(name + " '" + text + "' is not a year like 2045");
        }
    }

    private static double number(String name, String text) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw QueryParameters.bad(name + " '" + text + "' is not a number like 1.8");
    }
}
