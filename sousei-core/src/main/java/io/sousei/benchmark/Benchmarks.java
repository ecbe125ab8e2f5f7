package io.sousei.benchmark;

import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The benchmarking use cases on the warehouse, shared by the command line and the API. */
public final class Benchmarks {

    private final RegionProfileReader reader;

    public Benchmarks(RegionProfileReader reader) {
        this.reader = reader;
    }

    public RegionProfileReader reader() {
        return reader;
    }

    public PriorityScreening priority(Country country, PriorityRule rule, Map<RegionId, String> types) {
        List<PriorityCandidate> candidates = reader.priorityCandidates(country);
        return new PriorityScreening(candidates, PriorityScreen.screen(candidates, rule, types));
    }

    public NeighbourResult neighbours(RegionId region, int count, List<ProfileIndicator> profile) {
        IndicatorMatrix m = reader.read(region.country(), levelOf(region), profile);
        return StatisticalNeighbours.find(m, NeighbourSpec.of(region, count));
    }

    public List<NeighbourChange> improvedMost(NeighbourResult result, ProfileIndicator change) {
        RegionId region = result.spec().region();
        IndicatorMatrix m = reader.read(region.country(), levelOf(region), List.of(change));
        return StatisticalNeighbours.improvedMost(result, m, change.indicator());
    }

    public IndexRun index(
            Country country,
            RegionLevel level,
            List<IndexTerm> terms,
            List<Double> weights,
            Normalisation normalisation,
            Weighting weighting,
            IndexAggregation aggregation,
            UncertaintySpec uncertainty,
            SobolSpec sensitivity) {
        if (!weights.isEmpty() && weights.size() != terms.size()) {
            throw new IllegalArgumentException(
                    weights.size() + " weights for " + terms.size() + " indicators; give one weight per indicator");
        }
        List<IndexIndicator> indicators = new ArrayList<>();
        for (int q = 0; q < terms.size(); q++) {
            indicators.add(terms.get(q).indicator(weights.isEmpty() ? IndexIndicator.DEFAULT_WEIGHT : weights.get(q)));
        }
        var spec = new CompositeIndexSpec(
                indicators,
                normalisation,
                weighting,
                aggregation,
                CompositeIndexSpec.DEFAULT_MINIMUM_INDICATOR_SHARE,
                null);
        IndicatorMatrix m = reader.read(
                country, level, terms.stream().map(IndexTerm::source).toList());
        CompositeIndexResult result = CompositeIndex.compute(m, spec);
        UncertaintyResult u = uncertainty == null ? null : IndexUncertainty.monteCarlo(m, spec, uncertainty);
        SobolResult s = sensitivity == null
                ? null
                : IndexUncertainty.sensitivity(
                        m, spec, uncertainty == null ? UncertaintySpec.defaults() : uncertainty, sensitivity);
        return new IndexRun(terms, result, u, s);
    }

    public TypologyResult typology(
            Country country, RegionLevel level, List<ProfileIndicator> profile, TypologySpec spec) {
        return Typology.classify(reader.read(country, level, profile), spec);
    }

    /** The level at which a region is compared with its peers: its own. */
    private RegionLevel levelOf(RegionId region) {
        return reader.levelOf(region);
    }
}
