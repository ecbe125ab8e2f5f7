package io.sousei.benchmark;

import io.sousei.benchmark.internal.KMeans;
import io.sousei.benchmark.internal.Partitions;
import io.sousei.benchmark.internal.StandardScores;
import io.sousei.benchmark.internal.WardClustering;
import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups regions into types on standardised indicators and describes each type by what sets it apart. */
public final class Typology {

    private Typology() {}

    public static TypologyResult classify(IndicatorMatrix matrix, TypologySpec spec) {
        IndicatorMatrix complete = matrix.completeCases();
        if (complete.regionCount() < spec.clusterCount() * 2) {
            throw new BenchmarkException(
                    BenchmarkErrorCode.BENCHMARK_TOO_FEW_REGIONS,
                    complete.regionCount() + " regions with every indicator are too few for " + spec.clusterCount()
                            + " clusters");
        }
        double[][] rows = StandardScores.of(complete);
        int k = spec.clusterCount();
        int[] assignment =
                switch (spec.method()) {
                    case K_MEANS -> KMeans.cluster(rows, k, spec.seed(), spec.restarts(), spec.maxIterations());
                    case WARD -> WardClustering.cluster(rows, k);
                };
        double[][] centres = Partitions.centres(rows, assignment, k, null);
        List<List<RegionId>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int r = 0; r < rows.length; r++) {
            members.get(assignment[r]).add(complete.regions().get(r));
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (!members.get(c).isEmpty()) {
                order.add(c);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(c -> -members.get(c).size())
                .thenComparing(c -> members.get(c).getFirst()));
        List<Cluster> clusters = new ArrayList<>();
        for (int c : order) {
            clusters.add(new Cluster(
                    clusters.size() + 1, members.get(c), boxed(centres[c]), traits(complete, centres[c], spec)));
        }
        List<RegionId> unclassified = matrix.regions().stream()
                .filter(r -> !complete.regions().contains(r))
                .toList();
        double total = Partitions.totalSumOfSquares(rows);
        double within = Partitions.withinSumOfSquares(rows, assignment, k);
        return new TypologyResult(
                spec, matrix.indicators(), clusters, unclassified, total > 0 ? 1 - within / total : 0);
    }

    private static List<ClusterTrait> traits(IndicatorMatrix complete, double[] centre, TypologySpec spec) {
        List<ClusterTrait> all = new ArrayList<>();
        for (int j = 0; j < centre.length; j++) {
            all.add(new ClusterTrait(complete.indicators().get(j), centre[j]));
        }
        all.sort(Comparator.comparingDouble(t -> -Math.abs(t.meanStandardScore())));
        return all.subList(0, Math.min(spec.traitsPerCluster(), all.size()));
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
