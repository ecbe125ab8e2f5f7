package io.sousei.cli;

import io.sousei.population.ProjectionScenario;
import io.sousei.population.regional.CountryInputs;
import io.sousei.population.regional.PopulationInputsSource;
import io.sousei.population.regional.ProjectionOptions;
import io.sousei.population.regional.RegionalProjection;
import io.sousei.population.regional.RegionalProjectionResult;
import io.sousei.population.regional.RegionalProjectionSpec;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.store.Warehouse;
import io.sousei.web.api.ProjectionMapper;
import io.sousei.web.http.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "project",
        mixinStandardHelpOptions = true,
        description =
                "Projects the population by sex and 5-year age group (CSV: region_id,year,sex,age_group,population).")
final class ProjectCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--country", required = true, description = "TW or JP.")
    String country;

    @Option(names = "--region", description = "A town or municipality id, repeatable (default: all).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--method", defaultValue = "ipss", description = "ipss (default), ccm or hamilton-perry.")
    String method;

    @Option(names = "--base", description = "Base year (default: the latest; TW 2005–2017, JP census years 1990–2015).")
    Integer base;

    @Option(names = "--horizon", description = "Last year, 5, 10, … years after the base (default: base + 30).")
    Integer horizon;

    @Option(names = "--tfr", description = "Target total fertility rate, reached linearly by --tfr-year.")
    Double tfr;

    @Option(names = "--tfr-year", description = "The year the TFR target is reached.")
    Integer tfrYear;

    @Option(names = "--migration", description = "Migration multiplier: 1 observed rates (default), 0 closed.")
    Double migration;

    @Option(names = "--adjust-national", description = "Scale every cell to the nation projected by the same method.")
    boolean adjustNational;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default) or json.")
    String format;

    @Option(names = "--out", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Country c = Choices.country(country);
        if (!List.of("csv", "json").contains(format)) {
            throw new UsageException("--format " + format + " is not one of csv, json");
        }
        var m = ProjectionOptions.findMethod(method)
                .orElseThrow(() -> new UsageException(
                        "--method " + method + " is not one of " + String.join(", ", ProjectionOptions.METHOD_KEYS)));
        List<RegionId> ids = new ArrayList<>();
        for (String r : regions) {
            ids.add(RegionId.parse(r));
        }
        try (Warehouse w = database.open()) {
            PopulationInputsSource source = w.populationInputs();
            List<Integer> bases = source.listBaseYears(c);
            int b = base == null ? bases.getLast() : base;
            if (!bases.contains(b)) {
                throw new UsageException("--base " + b + " is not a base year of " + c + "; use one of " + bases);
            }
            ProjectionScenario scenario = ProjectionOptions.scenario(tfr, tfrYear, migration, b);
            RegionalProjectionSpec spec = new RegionalProjectionSpec(
                    c, ids, m, b, horizon == null ? b + 30 : horizon, scenario, adjustNational);
            CountryInputs inputs = source.getInputs(c, b);
            for (RegionId id : ids) {
                if (!id.isNation() && !inputs.regions().containsKey(id)) {
                    throw new UsageException("--region " + id + " is not a "
                            + (c == Country.TW ? "town" : "municipality") + " of " + c
                            + "; list them with: sousei regions --country " + c);
                }
            }
            RegionalProjectionResult result = RegionalProjection.project(inputs, spec);
            byte[] body = format.equals("csv")
                    ? ProjectionMapper.csv(result).getBytes(StandardCharsets.UTF_8)
                    : new JsonCodec().write(ProjectionMapper.dto(result));
            if (out == null) {
                System.out.write(body);
                System.out.flush();
            } else {
                Files.write(out, body);
                System.err.println("wrote " + out);
            }
            return 0;
        }
    }
}
