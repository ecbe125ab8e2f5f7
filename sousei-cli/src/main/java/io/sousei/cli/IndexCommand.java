package io.sousei.cli;

import io.sousei.benchmark.BenchmarkProfiles;
import io.sousei.benchmark.IndexAggregation;
import io.sousei.benchmark.IndexTerm;
import io.sousei.benchmark.Normalisation;
import io.sousei.benchmark.SobolSpec;
import io.sousei.benchmark.UncertaintySpec;
import io.sousei.benchmark.Weighting;
import io.sousei.region.Country;
import io.sousei.region.RegionLevel;
import io.sousei.store.Warehouse;
import io.sousei.web.api.benchmark.BenchmarkDtos;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "A composite index (OECD/JRC Handbook): region_id,region_name,score,rank,rank_p05,rank_median,rank_p95.",
            "Example: sousei index --country TW --indicators income.median,-population.share_65_plus,"
                    + "population.change_rate_5y --uncertainty 1000"
        })
final class IndexCommand implements Callable<Integer> {

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

    @Option(
            names = "--indicators",
            required = true,
            split = ",",
            paramLabel = "[-]ID[@PERIOD]",
            description = "Indicators; a leading - marks less-is-better. Period defaults to 2017 (TW), 2015 (JP).")
    List<String> indicators;

    @Option(names = "--weights", split = ",", description = "One weight per indicator (implies --weighting user).")
    List<Double> weights;

    @Option(
            names = "--normalisation",
            defaultValue = "min-max",
            description = "min-max (default), z-score, rank, goalposts, distance-to-reference.")
    String normalisation;

    @Option(names = "--weighting", description = "equal (default), user, pca.")
    String weighting;

    @Option(
            names = "--aggregation",
            defaultValue = "arithmetic",
            description = "arithmetic (default), geometric, mazziotta-pareto.")
    String aggregation;

    @Option(names = "--uncertainty", paramLabel = "DRAWS", description = "Monte Carlo draws for 5–95% rank intervals.")
    Integer uncertainty;

    @Option(
            names = "--sensitivity",
            paramLabel = "SAMPLES",
            description = "Sobol first-order and total indices of the mean rank shift with respect to the"
                    + " normalisation, the aggregation and each weight, from SAMPLES base samples (e.g. 512);"
                    + " printed to standard error, and in the JSON answer.")
    Integer sensitivity;

    @Option(names = "--seed", description = "Monte Carlo and Sobol seed (default: 20190103).")
    Long seed;

    @Override
    public Integer call() {
        Country c = Choices.country(country);
        RegionLevel l = level == null ? BenchmarkProfiles.level(c) : Choices.level(level, c);
        String year = BenchmarkProfiles.year(c);
        List<IndexTerm> terms =
                indicators.stream().map(t -> IndexTerm.parse(t, year)).toList();
        Normalisation n = Normalisation.findByKey(normalisation)
                .orElseThrow(() -> new UsageException("--normalisation " + normalisation
                        + " is not one of min-max, z-score, rank, goalposts, distance-to-reference"));
        IndexAggregation a = IndexAggregation.findByKey(aggregation)
                .orElseThrow(() -> new UsageException(
                        "--aggregation " + aggregation + " is not one of arithmetic, geometric, mazziotta-pareto"));
        Weighting wt = weighting != null
                ? Weighting.findByKey(weighting)
                        .orElseThrow(() ->
                                new UsageException("--weighting " + weighting + " is not one of equal, user, pca"))
                : weights != null ? Weighting.USER : Weighting.EQUAL;
        UncertaintySpec u = null;
        if (uncertainty != null) {
            u = UncertaintySpec.defaults().withDraws(uncertainty);
            if (seed != null) {
                u = u.withSeed(seed);
            }
        }
        SobolSpec sobol = null;
        if (sensitivity != null) {
            if (sensitivity < 16) {
                throw new UsageException("--sensitivity needs at least 16 base samples, not " + sensitivity);
            }
            sobol = new SobolSpec(sensitivity, seed == null ? SobolSpec.DEFAULT_SEED : seed);
        }
        boolean json = output.isJson();
        try (Warehouse w = database.open()) {
            var run = BenchmarkContext.benchmarks(w)
                    .index(c, l, terms, weights == null ? List.of() : weights, n, wt, a, u, sobol);
            var dto = BenchmarkDtos.index(
                    c.name(),
                    l.key(),
                    lang.language(),
                    terms,
                    run.result(),
                    run.uncertainty(),
                    run.sensitivity(),
                    BenchmarkContext.names(w, lang.language()));
            output.write(json ? BenchmarkContext.json(dto) : BenchmarkDtos.indexCsv(dto));
            System.err.println(
                    dto.scores().size() + " regions scored, " + dto.unscored().size()
                            + " unscored (fewer than 2/3 of the indicators); weights "
                            + dto.indicators().stream()
                                    .map(i -> i.indicator() + " " + i.polarity() + " " + i.weight())
                                    .toList());
            if (dto.sensitivity() != null) {
                System.err.println("Sobol indices of the mean absolute rank shift (" + dto.sensitivityRuns()
                        + " index computations): factor, first order, total");
                dto.sensitivity()
                        .forEach(s -> System.err.printf(
                                java.util.Locale.ROOT, "  %-40s %7.4f %7.4f%n", s.factor(), s.firstOrder(), s.total()));
            }
            return 0;
        }
    }
}
