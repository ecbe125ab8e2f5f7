package io.sousei.cli;

import io.sousei.benchmark.BenchmarkProfiles;
import io.sousei.benchmark.IndexAggregation;
import io.sousei.benchmark.IndexTerm;
import io.sousei.benchmark.Normalisation;
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

    @Option(names = "--seed", description = "Monte Carlo seed (default: 20190103).")
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
        boolean json = output.isJson();
        try (Warehouse w = database.open()) {
            var run = BenchmarkContext.benchmarks(w)
                    .index(c, l, terms, weights == null ? List.of() : weights, n, wt, a, u);
            var dto = BenchmarkDtos.index(
                    c.name(),
                    l.key(),
                    lang.language(),
                    terms,
                    run.result(),
                    run.uncertainty(),
                    BenchmarkContext.names(w, lang.language()));
            output.write(json ? BenchmarkContext.json(dto) : BenchmarkDtos.indexCsv(dto));
            System.err.println(
                    dto.scores().size() + " regions scored, " + dto.unscored().size()
                            + " unscored (fewer than 2/3 of the indicators); weights "
                            + dto.indicators().stream()
                                    .map(i -> i.indicator() + " " + i.polarity() + " " + i.weight())
                                    .toList());
            return 0;
        }
    }
}
