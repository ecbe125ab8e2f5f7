package io.sousei.benchmark;

import io.sousei.benchmark.internal.IndexComputation;
import io.sousei.benchmark.internal.Ranks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Uncertainty and sensitivity of a composite index's ranks (METHODS §3.1): Monte Carlo rank intervals, and
 * Sobol indices of the mean absolute rank shift with respect to the normalisation, the aggregation and
 * each weight.
 */
public final class IndexUncertainty {

    private IndexUncertainty() {}

    public static UncertaintyResult monteCarlo(IndicatorMatrix matrix, CompositeIndexSpec index, UncertaintySpec spec) {
        IndicatorMatrix chosen = CompositeIndex.chosen(matrix, index);
        IndexComputation computation = new IndexComputation(chosen, index);
        double[] weights = computation.nominalWeights();
        int[] nominal = Ranks.descending(computation.scores(index.normalisation(), index.aggregation(), weights));
        SplittableRandom random = new SplittableRandom(spec.seed());
        int regions = chosen.regionCount();
        int[][] ranks = new int[regions][spec.draws()];
        double[] u = new double[2 + weights.length];
        for (int draw = 0; draw < spec.draws(); draw++) {
            for (int i = 0; i < u.length; i++) {
                u[i] = random.nextDouble();
            }
            int[] r = ranksFor(computation, spec, weights, u);
            for (int k = 0; k < regions; k++) {
                ranks[k][draw] = r[k];
            }
        }
        List<RankInterval> intervals = new ArrayList<>();
        double shiftSum = 0;
        int scored = 0;
        for (int k = 0; k < regions; k++) {
            if (nominal[k] == 0) {
                continue;
            }
            double shift = 0;
            for (int rank : ranks[k]) {
                shift += Math.abs(rank - nominal[k]);
            }
            shift /= spec.draws();
            shiftSum += shift;
            scored++;
            double[] sorted = Arrays.stream(ranks[k]).asDoubleStream().sorted().toArray();
            intervals.add(new RankInterval(
                    chosen.regions().get(k),
                    nominal[k],
                    percentile(sorted, 0.5),
                    percentile(sorted, 0.05),
                    percentile(sorted, 0.95),
                    shift));
        }
        intervals.sort(Comparator.comparingInt(RankInterval::nominalRank).thenComparing(RankInterval::region));
        return new UncertaintyResult(spec, intervals, scored == 0 ? 0 : shiftSum / scored);
    }

    /**
     * Sobol indices of the mean absolute rank shift (against the nominal ranks) with respect to the
     * factors "normalisation", "aggregation" and "weight:&lt;indicator&gt;".
     */
    public static SobolResult sensitivity(
            IndicatorMatrix matrix, CompositeIndexSpec index, UncertaintySpec spec, SobolSpec sobol) {
        IndicatorMatrix chosen = CompositeIndex.chosen(matrix, index);
        IndexComputation computation = new IndexComputation(chosen, index);
        double[] weights = computation.nominalWeights();
        int[] nominal = Ranks.descending(computation.scores(index.normalisation(), index.aggregation(), weights));
        List<String> factors = new ArrayList<>(List.of("normalisation", "aggregation"));
        chosen.indicators().forEach(id -> factors.add("weight:" + id));
        return SobolAnalysis.estimate(
                factors,
                u -> {
                    int[] r = ranksFor(computation, spec, weights, u);
                    double shift = 0;
                    int n = 0;
                    for (int k = 0; k < r.length; k++) {
                        if (nominal[k] > 0) {
                            shift += Math.abs(r[k] - nominal[k]);
                            n++;
                        }
                    }
                    return n == 0 ? 0 : shift / n;
                },
                sobol);
    }

    /** One draw: u[0] picks the normalisation, u[1] the aggregation, u[2 + q] the factor on weight q. */
    private static int[] ranksFor(IndexComputation computation, UncertaintySpec spec, double[] weights, double[] u) {
        Normalisation n = pick(spec.normalisations(), u[0]);
        IndexAggregation a = pick(spec.aggregations(), u[1]);
        double[] w = new double[weights.length];
        for (int q = 0; q < w.length; q++) {
            w[q] = weights[q] * (1 - spec.weightSpread() + 2 * spec.weightSpread() * u[2 + q]);
        }
        return Ranks.descending(computation.scores(n, a, IndexComputation.scaledToOne(w)));
    }

    private static <T> T pick(List<T> choices, double u) {
        return choices.get(Math.min(choices.size() - 1, (int) (u * choices.size())));
    }

    /** Linear interpolation between order statistics (type 7). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
