package io.sousei.cli;

import io.sousei.benchmark.BenchmarkProfiles;
import io.sousei.benchmark.ProfileIndicator;
import io.sousei.benchmark.TypologyMethod;
import io.sousei.benchmark.TypologySpec;
import io.sousei.region.Country;
import io.sousei.region.RegionLevel;
import io.sousei.store.Warehouse;
import io.sousei.web.api.benchmark.BenchmarkDtos;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "typology",
        mixinStandardHelpOptions = true,
        description = {
            "Groups the regions of a country into k clusters on z-scores of a profile: region_id,region_name,cluster"
                    + " (empty for a region that lacks an indicator). Clusters are numbered by size.",
            "Default profile: population, 5-year change rate, share 65+, density (and median income in Taiwan) of"
                    + " 2017 (TW) or 2015 (JP). JSON adds what sets each cluster apart (mean z-scores)."
        })
final class TypologyCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    LanguageOption lang;

    @Mixin
    OutputOptions output;

    @Option(names = "--country", required = true, description = "TW or JP.")
    String country;

    @Option(names = "--level", description = "Default: town (TW), municipality (JP).")
    String level;

    @Option(names = "--k", defaultValue = "5", description = "How many clusters, at least 2 (default: 5).")
    int k;

    @Option(
            names = "--method",
            defaultValue = "kmeans",
            description = "kmeans (default; k-means++ with 10 seeded restarts) or hierarchical (Ward).")
    String method;

    @Option(
            names = "--indicators",
            split = ",",
            paramLabel = "ID[@PERIOD]",
            description =
                    "The profile, e.g. population.total@2017,income.median (period defaults to 2017 TW, 2015 JP).")
    List<String> indicators;

    @Option(names = "--seed", description = "Seed of the k-means starts (default: 20190103).")
    Long seed;

    @Override
    public Integer call() {
        Country c = Choices.country(country);
        RegionLevel l = level == null ? BenchmarkProfiles.level(c) : Choices.level(level, c);
        if (k < 2) {
            throw new UsageException("--k " + k + ": a typology has at least 2 clusters");
        }
        TypologyMethod m = method(method);
        String year = BenchmarkProfiles.year(c);
        List<ProfileIndicator> profile = indicators == null || indicators.isEmpty()
                ? BenchmarkProfiles.similarity(c)
                : indicators.stream().map(t -> ProfileIndicator.parse(t, year)).toList();
        TypologySpec defaults = TypologySpec.of(k, m);
        TypologySpec spec = new TypologySpec(
                k,
                m,
                seed == null ? TypologySpec.DEFAULT_SEED : seed,
                defaults.restarts(),
                defaults.maxIterations(),
                defaults.traitsPerCluster());
        boolean json = output.isJson();
        try (Warehouse w = database.open()) {
            var result = BenchmarkContext.benchmarks(w).typology(c, l, profile, spec);
            var names = BenchmarkContext.names(w, lang.language());
            var dto = BenchmarkDtos.typology(
                    c.name(),
                    l.key(),
                    profile.stream().map(ProfileIndicator::toString).toList(),
                    result,
                    names);
            output.write(json ? BenchmarkContext.json(dto) : BenchmarkDtos.typologyCsv(dto, names));
            System.err.printf(
                    "%d clusters (%s) of %d regions on %s; between-cluster share of variance %.3f%s%n",
                    dto.clusterCount(),
                    dto.method(),
                    dto.clusters().stream().mapToInt(x -> x.size()).sum(),
                    profile,
                    dto.betweenClusterShare(),
                    dto.unclassified().isEmpty()
                            ? ""
                            : "; unclassified " + dto.unclassified().size());
            return 0;
        }
    }

    static TypologyMethod method(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "kmeans", "k-means" -> TypologyMethod.K_MEANS;
            case "hierarchical", "ward" -> TypologyMethod.WARD;
            default -> throw new UsageException("--method " + text + " is not one of kmeans, hierarchical");
        };
    }
}
