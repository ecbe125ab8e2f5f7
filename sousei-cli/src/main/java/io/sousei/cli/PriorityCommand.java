package io.sousei.cli;

import io.sousei.benchmark.PriorityRule;
import io.sousei.benchmark.PriorityScreen;
import io.sousei.benchmark.PriorityTotals;
import io.sousei.benchmark.PublishedPriorityAreas;
import io.sousei.benchmark.RecoveredFit;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.store.Warehouse;
import io.sousei.web.api.benchmark.BenchmarkDtos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "priority",
        mixinStandardHelpOptions = true,
        description = {
            "Screens Taiwan's towns for priority areas (地方創生優先推動地區) on population change 2012→2017,"
                    + " population 2017 and median income 2017: region_id,region_name,selected,type,population,area_km2.",
            "Totals are printed beside the published facts (134 towns, 11.6% of population, 66.5% of land)."
        })
final class PriorityCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    LanguageOption lang;

    @Mixin
    OutputOptions output;

    @Option(names = "--country", required = true, description = "TW (the only country with a published list).")
    String country;

    @Option(
            names = "--change-rate-max",
            paramLabel = "PERCENT",
            description = "Declining: population change 2012→2017 at most this, in % (default: 0).")
    Double changeRateMax;

    @Option(
            names = "--population-max",
            paramLabel = "PERSONS",
            description = "Small: fewer inhabitants than this in 2017 (default: 20000).")
    Double populationMax;

    @Option(
            names = "--income-max",
            paramLabel = "THOUSAND_TWD",
            description = "Low income: median income 2017 at most this, NT$ thousand (default: 550).")
    Double incomeMax;

    @Option(names = "--criteria", description = "How many of the three criteria select a town (default: 2).")
    Integer criteria;

    @Option(
            names = "--labels",
            paramLabel = "FILE",
            description = "A CSV list of priority areas (region_id[,type]): types fill the type column; precision"
                    + " and recall of the rule are printed.")
    Path labels;

    @Option(names = "--fit", description = "With --labels: also fit thresholds to the labels (a recovered fit).")
    boolean fit;

    @Override
    public Integer call() throws IOException {
        Country c = Choices.country(country);
        if (c != Country.TW) {
            throw new UsageException(
                    "--country " + c + ": the priority screen reads Taiwan's income statistics; use TW");
        }
        PriorityRule rule = new PriorityRule(
                changeRateMax != null ? changeRateMax : PriorityRule.DEFAULT_POPULATION_CHANGE_RATE_MAX_PERCENT,
                populationMax != null ? populationMax : PriorityRule.DEFAULT_POPULATION_MAX_PERSONS,
                incomeMax != null ? incomeMax : PriorityRule.DEFAULT_MEDIAN_INCOME_MAX_THOUSAND_TWD,
                criteria != null ? criteria : PriorityRule.DEFAULT_CRITERIA_REQUIRED);
        boolean json = output.isJson();
        Map<RegionId, String> types = labels == null ? Map.of() : readLabels(labels);
        if (fit && labels == null) {
            throw new UsageException("--fit needs --labels FILE");
        }
        try (Warehouse w = database.open()) {
            var screening = BenchmarkContext.benchmarks(w).priority(c, rule, types);
            var dto = BenchmarkDtos.priority(
                    c.name(),
                    lang.language(),
                    screening.candidates(),
                    screening.result(),
                    BenchmarkContext.names(w, lang.language()));
            output.write(json ? BenchmarkContext.json(dto) : BenchmarkDtos.priorityCsv(dto));
            printTotals(screening.result().totals());
            if (labels != null) {
                var comparison = PriorityScreen.compare(screening.result(), types.keySet());
                System.err.printf(
                        "against %d labels: precision %.3f, recall %.3f, F1 %.3f%n",
                        types.size(), comparison.precision(), comparison.recall(), comparison.f1());
                if (fit) {
                    RecoveredFit f = PriorityScreen.fitToLabels(screening.candidates(), types.keySet());
                    System.err.printf(
                            "%s: --change-rate-max %.2f --population-max %.0f --income-max %.0f --criteria %d"
                                    + " (precision %.3f, recall %.3f, %d rules tried)%n",
                            f.note(),
                            f.rule().populationChangeRateMaxPercent(),
                            f.rule().populationMaxPersons(),
                            f.rule().medianIncomeMaxThousandTwd(),
                            f.rule().criteriaRequired(),
                            f.comparison().precision(),
                            f.comparison().recall(),
                            f.rulesTried());
                }
            }
            return 0;
        }
    }

    private static void printTotals(PriorityTotals t) {
        var p = PublishedPriorityAreas.TAIWAN_2019;
        System.err.printf(
                "selected %d of %d towns, %.1f%% of population (%.2f M, 2017), %.1f%% of land%s%n",
                t.selectedCount(),
                t.regionCount(),
                100 * t.populationShare(),
                t.selectedPopulationPersons() / 1e6,
                100 * t.landShare(),
                t.selectedByType().isEmpty() ? "" : "; by type " + t.selectedByType());
        System.err.printf(
                "published: %d of %d towns, %.1f%% of population (%.2f M, 2017), %.1f%% of land; by type %s%n",
                p.selectedCount(),
                p.regionCount(),
                100 * p.populationShare(),
                p.selectedPopulationPersons() / 1e6,
                100 * p.landShare(),
                new java.util.TreeMap<>(p.selectedByType()));
    }

    private static Map<RegionId, String> readLabels(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--labels " + file + " is not a file");
        }
        Map<RegionId, String> out = new LinkedHashMap<>();
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || (i == 0 && line.startsWith("region_id"))) {
                continue;
            }
            String[] fields = line.split(",", -1);
            try {
                out.put(
                        RegionId.parse(fields[0]),
                        fields.length > 1 && !fields[1].isBlank() ? fields[1].strip() : null);
            } catch (IllegalArgumentException e) {
                throw new UsageException(file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }
}
