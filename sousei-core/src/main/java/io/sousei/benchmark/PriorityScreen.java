package io.sousei.benchmark;

import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Screens regions for priority areas with a {@link PriorityRule}; compares and fits rules to label lists. */
public final class PriorityScreen {

    /** The grid of a recovered fit: thresholds at the 5th, 10th, … 95th percentiles of each indicator. */
    static final int GRID_STEPS = 19;

    private PriorityScreen() {}

    /** @param types a label type per region (may be empty); a region absent from it has no type */
    public static PriorityResult screen(
            List<PriorityCandidate> candidates, PriorityRule rule, Map<RegionId, String> types) {
        List<PriorityDecision> decisions = new ArrayList<>();
        double population = 0;
        double area = 0;
        double selectedPopulation = 0;
        double selectedArea = 0;
        Map<String, Integer> byType = new TreeMap<>();
        for (PriorityCandidate c : candidates) {
            boolean selected = rule.selects(c);
            String type = types.get(c.region());
            decisions.add(new PriorityDecision(
                    c.region(), selected, rule.isDeclining(c), rule.isSmall(c), rule.isLowIncome(c), type));
            population += orZero(c.populationPersons());
            area += orZero(c.areaKm2());
            if (selected) {
                selectedPopulation += orZero(c.populationPersons());
                selectedArea += orZero(c.areaKm2());
                if (type != null) {
                    byType.merge(type, 1, Integer::sum);
                }
            }
        }
        int count = (int) decisions.stream().filter(PriorityDecision::selected).count();
        var totals = new PriorityTotals(
                count,
                candidates.size(),
                selectedPopulation,
                population > 0 ? selectedPopulation / population : 0,
                selectedArea,
                area > 0 ? selectedArea / area : 0,
                byType);
        return new PriorityResult(rule, decisions, totals);
    }

    public static LabelComparison compare(PriorityResult result, Set<RegionId> labelled) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (PriorityDecision d : result.decisions()) {
            boolean label = labelled.contains(d.region());
            if (d.selected()) {
                if (label) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (label) {
                fn++;
            } else {
                tn++;
            }
        }
        return new LabelComparison(tp, fp, fn, tn);
    }

    /** The rule of the percentile grid with the best F1 against the labels (ties: the first found). */
    public static RecoveredFit fitToLabels(List<PriorityCandidate> candidates, Set<RegionId> labelled) {
        double[] change = grid(candidates.stream().mapToDouble(PriorityCandidate::populationChangeRatePercent));
        double[] size = grid(candidates.stream().mapToDouble(PriorityCandidate::populationPersons));
        double[] income = grid(candidates.stream().mapToDouble(PriorityCandidate::medianIncomeThousandTwd));
        PriorityRule best = null;
        LabelComparison bestComparison = null;
        int tried = 0;
        for (int required = 1; required <= 3; required++) {
            for (double c : change) {
                for (double s : size) {
                    for (double i : income) {
                        PriorityRule rule = new PriorityRule(c, s, i, required);
                        LabelComparison comparison = compare(screen(candidates, rule, Map.of()), labelled);
                        tried++;
                        if (bestComparison == null || comparison.f1() > bestComparison.f1()) {
                            best = rule;
                            bestComparison = comparison;
                        }
                    }
                }
            }
        }
        return new RecoveredFit(best, bestComparison, tried);
    }

    private static double[] grid(java.util.stream.DoubleStream values) {
        double[] sorted = values.filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return new double[] {0};
        }
        double[] g = new double[GRID_STEPS];
        for (int k = 0; k < GRID_STEPS; k++) {
            g[k] = IndexUncertainty.percentile(sorted, (k + 1) / (GRID_STEPS + 1.0));
        }
        return Arrays.stream(g).distinct().toArray();
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
