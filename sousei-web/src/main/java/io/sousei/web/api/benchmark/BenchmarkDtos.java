package io.sousei.web.api.benchmark;

import io.sousei.benchmark.BenchmarkProfiles;
import io.sousei.benchmark.Cluster;
import io.sousei.benchmark.ClusterTrait;
import io.sousei.benchmark.CompositeIndexResult;
import io.sousei.benchmark.IndexTerm;
import io.sousei.benchmark.Neighbour;
import io.sousei.benchmark.NeighbourChange;
import io.sousei.benchmark.NeighbourResult;
import io.sousei.benchmark.PriorityCandidate;
import io.sousei.benchmark.PriorityDecision;
import io.sousei.benchmark.PriorityResult;
import io.sousei.benchmark.PriorityTotals;
import io.sousei.benchmark.PublishedPriorityAreas;
import io.sousei.benchmark.RankInterval;
import io.sousei.benchmark.RegionScore;
import io.sousei.benchmark.SobolResult;
import io.sousei.benchmark.TypologyResult;
import io.sousei.benchmark.UncertaintyResult;
import io.sousei.region.RegionId;
import io.sousei.text.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Benchmark results as DTOs, shared by the API and the command line so both print the same thing. */
public final class BenchmarkDtos {

    private BenchmarkDtos() {}

    public static PriorityDto priority(
            String country,
            Language language,
            List<PriorityCandidate> candidates,
            PriorityResult result,
            Function<RegionId, String> names) {
        List<PriorityRegionDto> regions = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            PriorityCandidate c = candidates.get(i);
            PriorityDecision d = result.decisions().get(i);
            regions.add(new PriorityRegionDto(
                    c.region().toString(),
                    names.apply(c.region()),
                    d.selected(),
                    d.type(),
                    orNull(c.populationPersons()),
                    orNull(c.areaKm2()),
                    orNull(c.populationChangeRatePercent()),
                    orNull(c.medianIncomeThousandTwd()),
                    d.declining(),
                    d.small(),
                    d.lowIncome()));
        }
        var rule = result.rule();
        var ruleDto = new PriorityRuleDto(
                rule.populationChangeRateMaxPercent(),
                rule.populationMaxPersons(),
                rule.medianIncomeMaxThousandTwd(),
                rule.criteriaRequired(),
                BenchmarkProfiles.POPULATION_CHANGE.toString(),
                BenchmarkProfiles.POPULATION.toString(),
                BenchmarkProfiles.MEDIAN_INCOME.toString(),
                "a transparent screen on the published criteria; the official thresholds are unpublished");
        return new PriorityDto(country, language.tag(), ruleDto, totals(result.totals()), published(), regions);
    }

    public static PriorityTotalsDto totals(PriorityTotals t) {
        return new PriorityTotalsDto(
                t.selectedCount(),
                t.regionCount(),
                t.selectedPopulationPersons(),
                round(t.populationShare(), 4),
                round(t.landShare(), 4),
                new java.util.TreeMap<>(t.selectedByType()));
    }

    public static PriorityTotalsDto published() {
        var p = PublishedPriorityAreas.TAIWAN_2019;
        return new PriorityTotalsDto(
                p.selectedCount(),
                p.regionCount(),
                p.selectedPopulationPersons(),
                p.populationShare(),
                p.landShare(),
                new java.util.TreeMap<>(p.selectedByType()));
    }

    public static String priorityCsv(PriorityDto dto) {
        StringBuilder csv =
                new StringBuilder(Csv.row("region_id", "region_name", "selected", "type", "population", "area_km2"));
        for (PriorityRegionDto r : dto.regions()) {
            csv.append(Csv.row(
                    r.regionId(),
                    r.regionName(),
                    String.valueOf(r.selected()),
                    r.type(),
                    Csv.number(r.population()),
                    Csv.number(r.areaKm2())));
        }
        return csv.toString();
    }

    public static NeighbourListDto neighbours(
            NeighbourResult result,
            Language language,
            Function<RegionId, String> names,
            String improved,
            List<NeighbourChange> improvedMost) {
        List<NeighbourDto> near = new ArrayList<>();
        for (Neighbour n : result.neighbours()) {
            near.add(new NeighbourDto(
                    n.region().toString(),
                    names.apply(n.region()),
                    round(n.distance(), 6),
                    n.closestIndicators().stream()
                            .map(s -> s.indicator().toString())
                            .toList(),
                    null));
        }
        List<NeighbourDto> improving = improvedMost == null
                ? null
                : improvedMost.stream()
                        .map(c -> new NeighbourDto(
                                c.region().toString(),
                                names.apply(c.region()),
                                round(c.distance(), 6),
                                List.of(),
                                c.change()))
                        .toList();
        return new NeighbourListDto(
                result.spec().region().toString(),
                names.apply(result.spec().region()),
                language.tag(),
                result.profile().stream().map(Object::toString).toList(),
                result.poolSize(),
                near,
                improved,
                improving);
    }

    public static String neighbourCsv(NeighbourListDto dto) {
        StringBuilder csv = new StringBuilder(Csv.row("region_id", "region_name", "distance"));
        for (NeighbourDto n : dto.neighbours()) {
            csv.append(Csv.row(n.regionId(), n.regionName(), Csv.number(n.distance())));
        }
        return csv.toString();
    }

    public static IndexDto index(
            String country,
            String level,
            Language language,
            List<IndexTerm> terms,
            CompositeIndexResult result,
            UncertaintyResult uncertainty,
            SobolResult sensitivity,
            Function<RegionId, String> names) {
        List<IndexWeightDto> weights = new ArrayList<>();
        for (int q = 0; q < terms.size(); q++) {
            weights.add(new IndexWeightDto(
                    terms.get(q).source().toString(),
                    terms.get(q).polarity().name().toLowerCase(java.util.Locale.ROOT),
                    round(result.weights().get(q), 6)));
        }
        Map<RegionId, RankInterval> intervals = new HashMap<>();
        if (uncertainty != null) {
            uncertainty.intervals().forEach(i -> intervals.put(i.region(), i));
        }
        List<IndexScoreDto> scores = new ArrayList<>();
        for (RegionScore s : result.scores()) {
            RankInterval i = intervals.get(s.region());
            scores.add(new IndexScoreDto(
                    s.region().toString(),
                    names.apply(s.region()),
                    round(s.score(), 6),
                    s.rank(),
                    s.indicatorsPresent(),
                    i == null ? null : i.rankP05(),
                    i == null ? null : i.medianRank(),
                    i == null ? null : i.rankP95()));
        }
        var spec = result.spec();
        return new IndexDto(
                country,
                level,
                language.tag(),
                spec.normalisation().key(),
                spec.weighting().key(),
                spec.aggregation().key(),
                weights,
                uncertainty == null ? null : uncertainty.spec().draws(),
                uncertainty == null ? null : uncertainty.spec().seed(),
                uncertainty == null ? null : round(uncertainty.meanAbsoluteRankShift(), 4),
                sensitivity == null ? null : sensitivity.modelRuns(),
                sensitivity == null
                        ? null
                        : sensitivity.indices().stream()
                                .map(i -> new SensitivityDto(i.factor(), round(i.firstOrder(), 4), round(i.total(), 4)))
                                .toList(),
                scores,
                result.unscored().stream().map(RegionId::toString).toList());
    }

    public static String indexCsv(IndexDto dto) {
        StringBuilder csv = new StringBuilder(
                Csv.row("region_id", "region_name", "score", "rank", "rank_p05", "rank_median", "rank_p95"));
        for (IndexScoreDto s : dto.scores()) {
            csv.append(Csv.row(
                    s.regionId(),
                    s.regionName(),
                    Csv.number(s.score()),
                    String.valueOf(s.rank()),
                    Csv.number(s.rankP05()),
                    Csv.number(s.rankMedian()),
                    Csv.number(s.rankP95())));
        }
        return csv.toString();
    }

    public static TypologyDto typology(
            String country,
            String level,
            List<String> indicators,
            TypologyResult result,
            Function<RegionId, String> names) {
        List<ClusterDto> clusters = new ArrayList<>();
        for (Cluster c : result.clusters()) {
            Map<String, Double> traits = new LinkedHashMap<>();
            for (ClusterTrait t : c.traits()) {
                traits.put(t.indicator().toString(), round(t.meanStandardScore(), 4));
            }
            clusters.add(new ClusterDto(
                    c.number(),
                    c.members().size(),
                    traits,
                    c.members().stream().map(RegionId::toString).toList()));
        }
        return new TypologyDto(
                country,
                level,
                result.spec().method().key(),
                result.spec().clusterCount(),
                result.spec().seed(),
                indicators,
                round(result.betweenClusterShare(), 4),
                clusters,
                result.unclassified().stream().map(RegionId::toString).toList());
    }

    /** One row per region: its cluster, or an empty cluster when it lacks an indicator (unclassified). */
    public static String typologyCsv(TypologyDto dto, Function<RegionId, String> names) {
        StringBuilder csv = new StringBuilder(Csv.row("region_id", "region_name", "cluster"));
        for (ClusterDto c : dto.clusters()) {
            for (String id : c.members()) {
                csv.append(Csv.row(id, names.apply(RegionId.parse(id)), String.valueOf(c.number())));
            }
        }
        for (String id : dto.unclassified()) {
            csv.append(Csv.row(id, names.apply(RegionId.parse(id)), ""));
        }
        return csv.toString();
    }

    static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }

    static double round(double v, int digits) {
        return java.math.BigDecimal.valueOf(v)
                .setScale(digits, java.math.RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
