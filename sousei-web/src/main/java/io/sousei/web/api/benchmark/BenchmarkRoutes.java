package io.sousei.web.api.benchmark;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.benchmark.BenchmarkProfiles;
import io.sousei.benchmark.Benchmarks;
import io.sousei.benchmark.IndexAggregation;
import io.sousei.benchmark.IndexTerm;
import io.sousei.benchmark.Normalisation;
import io.sousei.benchmark.PriorityRule;
import io.sousei.benchmark.ProfileIndicator;
import io.sousei.benchmark.SobolSpec;
import io.sousei.benchmark.TypologyMethod;
import io.sousei.benchmark.TypologySpec;
import io.sousei.benchmark.UncertaintySpec;
import io.sousei.benchmark.Weighting;
import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import io.sousei.text.Language;
import io.sousei.web.api.ApiPaths;
import io.sousei.web.http.QueryParameters;
import io.sousei.web.http.Responses;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /api/v1/benchmark/index|priority|neighbours|typology}: composite indices with rank intervals,
 * the priority-area screen, statistical neighbours and typologies, computed on the warehouse per request.
 */
public final class BenchmarkRoutes {

    static final int MAX_DRAWS = 2000;
    /** Sobol base samples: each costs (indicators + 2) index computations. */
    static final int MAX_SENSITIVITY_SAMPLES = 1024;

    static final int MAX_NEIGHBOURS = 50;
    static final int MAX_CLUSTERS = 20;

    private final Benchmarks benchmarks;
    private final RegionCatalog regions;
    private final Responses responses;

    public BenchmarkRoutes(Benchmarks benchmarks, RegionCatalog regions, Responses responses) {
        this.benchmarks = benchmarks;
        this.regions = regions;
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.BENCHMARK_INDEX, this::index);
        routes.get(ApiPaths.BENCHMARK_PRIORITY, this::priority);
        routes.get(ApiPaths.BENCHMARK_NEIGHBOURS, this::neighbours);
        routes.get(ApiPaths.BENCHMARK_TYPOLOGY, this::typology);
    }

    private void priority(Context ctx) {
        QueryParameters query = new QueryParameters(ctx);
        Language language = query.language();
        Country country = query.country().orElse(Country.TW);
        if (country != Country.TW) {
            throw QueryParameters.bad(
                    "country " + country + ": the priority screen reads Taiwan's income statistics; use TW");
        }
        String format = query.oneOf("format", List.of("json", "csv"));
        PriorityRule rule = new PriorityRule(
                number(query, "change_rate_max", PriorityRule.DEFAULT_POPULATION_CHANGE_RATE_MAX_PERCENT),
                number(query, "population_max", PriorityRule.DEFAULT_POPULATION_MAX_PERSONS),
                number(query, "income_max", PriorityRule.DEFAULT_MEDIAN_INCOME_MAX_THOUSAND_TWD),
                whole(query, "criteria", PriorityRule.DEFAULT_CRITERIA_REQUIRED, 1, 3));
        var screening = benchmarks.priority(country, rule, Map.of());
        var dto = BenchmarkDtos.priority(
                country.name(), language, screening.candidates(), screening.result(), names(country, language));
        if (format.equals("csv")) {
            responses.csv(ctx, BenchmarkDtos.priorityCsv(dto), "priority-" + country + ".csv");
            return;
        }
        responses.json(ctx, dto);
    }

    private void neighbours(Context ctx) {
        QueryParameters query = new QueryParameters(ctx);
        Language language = query.language();
        RegionId region = query.regionId("region")
                .orElseThrow(() -> QueryParameters.bad("region is required, e.g. region=TW:10013030"));
        regions.getRegion(region);
        String format = query.oneOf("format", List.of("json", "csv"));
        int k = whole(query, "k", 5, 1, MAX_NEIGHBOURS);
        String year = BenchmarkProfiles.year(region.country());
        List<ProfileIndicator> profile = profile(query, region.country());
        var result = benchmarks.neighbours(region, k, profile);
        ProfileIndicator change = query.find("improved")
                .map(t -> parse(() -> ProfileIndicator.parse(t, year), "improved"))
                .orElse(null);
        var dto = BenchmarkDtos.neighbours(
                result,
                language,
                names(region.country(), language),
                change == null ? null : change.toString(),
                change == null ? null : benchmarks.improvedMost(result, change));
        if (format.equals("csv")) {
            responses.csv(ctx, BenchmarkDtos.neighbourCsv(dto), "neighbours-" + region.code() + ".csv");
            return;
        }
        responses.json(ctx, dto);
    }

    private void index(Context ctx) {
        QueryParameters query = new QueryParameters(ctx);
        Language language = query.language();
        Country country = query.country().orElse(Country.TW);
        RegionLevel level = level(query, country);
        String year = BenchmarkProfiles.year(country);
        List<String> texts = query.list("indicators");
        if (texts.isEmpty()) {
            throw QueryParameters.bad(
                    "indicators is required, e.g. indicators=income.median@2017,-population.share_65_plus@2017");
        }
        List<IndexTerm> terms = texts.stream()
                .map(t -> parse(() -> IndexTerm.parse(t, year), "indicators"))
                .toList();
        List<Double> weights = query.list("weights").stream()
                .map(w -> parse(() -> Double.valueOf(w), "weights"))
                .toList();
        Normalisation n = Normalisation.findByKey(query.oneOf("normalisation", keys(Normalisation.values())))
                .orElseThrow();
        Weighting w = Weighting.findByKey(query.oneOf(
                        "weighting", weights.isEmpty() ? keys(Weighting.values()) : List.of("user", "equal", "pca")))
                .orElseThrow();
        IndexAggregation a = IndexAggregation.findByKey(query.oneOf("aggregation", keys(IndexAggregation.values())))
                .orElseThrow();
        String format = query.oneOf("format", List.of("json", "csv"));
        UncertaintySpec u = null;
        if (query.find("uncertainty").isPresent()) {
            u = UncertaintySpec.defaults()
                    .withDraws(whole(query, "uncertainty", UncertaintySpec.DEFAULT_DRAWS, 2, MAX_DRAWS));
            if (query.find("seed").isPresent()) {
                u = u.withSeed((long) number(query, "seed", UncertaintySpec.DEFAULT_SEED));
            }
        }
        var uncertainty = u;
        SobolSpec sobol = query.find("sensitivity").isPresent()
                ? new SobolSpec(
                        whole(query, "sensitivity", SobolSpec.DEFAULT_BASE_SAMPLES, 16, MAX_SENSITIVITY_SAMPLES),
                        query.find("seed").isPresent()
                                ? (long) number(query, "seed", SobolSpec.DEFAULT_SEED)
                                : SobolSpec.DEFAULT_SEED)
                : null;
        var result =
                parse(() -> benchmarks.index(country, level, terms, weights, n, w, a, uncertainty, sobol), "weights");
        var dto = BenchmarkDtos.index(
                country.name(),
                level.key(),
                language,
                terms,
                result.result(),
                result.uncertainty(),
                result.sensitivity(),
                names(country, language));
        if (format.equals("csv")) {
            responses.csv(ctx, BenchmarkDtos.indexCsv(dto), "index-" + country + ".csv");
            return;
        }
        responses.json(ctx, dto);
    }

    private void typology(Context ctx) {
        QueryParameters query = new QueryParameters(ctx);
        Country country = query.country().orElse(Country.TW);
        RegionLevel level = level(query, country);
        List<ProfileIndicator> profile = profile(query, country);
        TypologyMethod method = TypologyMethod.findByKey(query.oneOf("method", keys(TypologyMethod.values())))
                .orElseThrow();
        TypologySpec defaults =
                TypologySpec.of(whole(query, "k", TypologySpec.DEFAULT_CLUSTER_COUNT, 2, MAX_CLUSTERS), method);
        TypologySpec spec = new TypologySpec(
                defaults.clusterCount(),
                method,
                (long) number(query, "seed", TypologySpec.DEFAULT_SEED),
                defaults.restarts(),
                defaults.maxIterations(),
                defaults.traitsPerCluster());
        var result = benchmarks.typology(country, level, profile, spec);
        responses.json(
                ctx,
                BenchmarkDtos.typology(
                        country.name(),
                        level.key(),
                        profile.stream().map(ProfileIndicator::toString).toList(),
                        result,
                        names(country, query.language())));
    }

    private List<ProfileIndicator> profile(QueryParameters query, Country country) {
        String year = BenchmarkProfiles.year(country);
        List<String> texts = query.list("indicators");
        return texts.isEmpty()
                ? BenchmarkProfiles.similarity(country)
                : texts.stream()
                        .map(t -> parse(() -> ProfileIndicator.parse(t, year), "indicators"))
                        .toList();
    }

    private static RegionLevel level(QueryParameters query, Country country) {
        RegionLevel level = query.level().orElse(BenchmarkProfiles.level(country));
        QueryParameters.requireLevelIn(level, country);
        return level;
    }

    private Function<RegionId, String> names(Country country, Language language) {
        Map<RegionId, String> known = new java.util.HashMap<>();
        for (Region r : regions.listRegions(country, null, null)) {
            known.put(r.id(), r.name().in(language));
        }
        return known::get;
    }

    private static double number(QueryParameters query, String name, double defaultValue) {
        return query.find(name).map(t -> parse(() -> Double.valueOf(t), name)).orElse(defaultValue);
    }

    private static int whole(QueryParameters query, String name, int defaultValue, int min, int max) {
        return query.find(name)
                .map(t -> {
                    try {
                        int v = Integer.parseInt(t);
                        if (v >= min && v <= max) {
                            return v;
                        }
                    } catch (NumberFormatException e) {
                        // answered below
                    }
                    throw QueryParameters.bad(name + " '" + t + "' is not a whole number from " + min + " to " + max);
                })
                .orElse(defaultValue);
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String name) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw QueryParameters.bad(name + ": " + e.getMessage());
        }
    }

    private static List<String> keys(Enum<?>[] values) {
        return java.util.Arrays.stream(values)
                .map(v -> v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .toList();
    }
}
