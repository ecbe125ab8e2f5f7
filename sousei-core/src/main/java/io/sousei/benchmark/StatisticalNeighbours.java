package io.sousei.benchmark;

import io.sousei.benchmark.internal.StandardScores;
import io.sousei.indicator.IndicatorId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/** "Which places are like mine?": nearest regions on a standardised profile, and which of them improved most. */
public final class StatisticalNeighbours {

    private StatisticalNeighbours() {}

    /** The k nearest regions, the region itself excluded. */
    public static NeighbourResult find(IndicatorMatrix matrix, NeighbourSpec spec) {
        List<Neighbour> all = ranked(matrix, spec);
        List<Neighbour> others = all.stream()
                .filter(n -> !n.region().equals(spec.region()))
                .limit(spec.count())
                .toList();
        return new NeighbourResult(spec, profile(matrix, spec), others, all.size());
    }

    /** Every region with the whole profile, nearest first, the region itself included (at distance 0). */
    public static List<Neighbour> ranked(IndicatorMatrix matrix, NeighbourSpec spec) {
        List<IndicatorId> profile = profile(matrix, spec);
        IndicatorMatrix complete = matrix.select(profile).completeCases();
        if (!complete.regions().contains(spec.region())) {
            throw new BenchmarkException(
                    BenchmarkErrorCode.BENCHMARK_REGION_INCOMPLETE,
                    spec.region() + " lacks a value of " + profile + "; choose other indicators or periods");
        }
        if (complete.regionCount() < 2) {
            throw new BenchmarkException(
                    BenchmarkErrorCode.BENCHMARK_TOO_FEW_REGIONS, "no other region has the whole profile " + profile);
        }
        double[][] z = StandardScores.of(complete);
        double[] self = z[complete.indexOf(spec.region())];
        List<Neighbour> out = new ArrayList<>();
        for (int r = 0; r < z.length; r++) {
            double distance = Math.sqrt(StandardScores.squaredDistance(self, z[r]));
            List<IndicatorSimilarity> similar = new ArrayList<>();
            for (int j = 0; j < profile.size(); j++) {
                similar.add(new IndicatorSimilarity(profile.get(j), self[j], z[r][j]));
            }
            similar.sort(Comparator.comparingDouble(IndicatorSimilarity::absoluteDifference));
            out.add(new Neighbour(
                    complete.regions().get(r),
                    distance,
                    similar.subList(0, Math.min(spec.similarIndicators(), similar.size()))));
        }
        out.sort(Comparator.comparingDouble(Neighbour::distance)
                .thenComparing(n -> !n.region().equals(spec.region()))
                .thenComparing(Neighbour::region));
        return out;
    }

    /** The neighbours ordered by their value of {@code change}, highest first; those without one are left out. */
    public static List<NeighbourChange> improvedMost(NeighbourResult result, IndicatorMatrix data, IndicatorId change) {
        List<NeighbourChange> out = new ArrayList<>();
        for (Neighbour n : result.neighbours()) {
            OptionalDouble v = data.findValue(n.region(), change);
            if (v.isPresent()) {
                out.add(new NeighbourChange(n.region(), n.distance(), v.getAsDouble()));
            }
        }
        out.sort(Comparator.comparingDouble(NeighbourChange::change).reversed());
        return out;
    }

    private static List<IndicatorId> profile(IndicatorMatrix matrix, NeighbourSpec spec) {
        return spec.profile().isEmpty() ? matrix.indicators() : spec.profile();
    }
}
