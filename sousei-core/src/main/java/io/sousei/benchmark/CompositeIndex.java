package io.sousei.benchmark;

import io.sousei.benchmark.internal.IndexComputation;
import io.sousei.benchmark.internal.Ranks;
import io.sousei.indicator.IndicatorId;
import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds a composite index from a region × indicator matrix (OECD/JRC Handbook 2008; METHODS §3.1). */
public final class CompositeIndex {

    private CompositeIndex() {}

    public static CompositeIndexResult compute(IndicatorMatrix matrix, CompositeIndexSpec spec) {
        IndicatorMatrix chosen = chosen(matrix, spec);
        IndexComputation computation = new IndexComputation(chosen, spec);
        double[] weights = computation.nominalWeights();
        double[] scores = computation.scores(spec.normalisation(), spec.aggregation(), weights);
        int[] ranks = Ranks.descending(scores);
        List<RegionScore> scored = new ArrayList<>();
        List<RegionId> unscored = new ArrayList<>();
        for (int r = 0; r < scores.length; r++) {
            RegionId region = chosen.regions().get(r);
            if (Double.isNaN(scores[r])) {
                unscored.add(region);
            } else {
                scored.add(new RegionScore(region, scores[r], ranks[r], computation.indicatorsPresent(r)));
            }
        }
        scored.sort(Comparator.comparingInt(RegionScore::rank).thenComparing(RegionScore::region));
        List<Double> w = new ArrayList<>();
        for (double v : weights) {
            w.add(v);
        }
        return new CompositeIndexResult(spec, chosen.indicators(), w, scored, unscored);
    }

    static IndicatorMatrix chosen(IndicatorMatrix matrix, CompositeIndexSpec spec) {
        List<IndicatorId> ids =
                spec.indicators().stream().map(IndexIndicator::indicator).toList();
        return matrix.select(ids);
    }
}
