package io.sousei.population.regional;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** A backtest over all regions: the regions' errors, their median and 90th percentile, the worst regions. */
public record BacktestSummary(String label, List<BacktestRegion> regions) {

    public BacktestSummary {
        regions = List.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("a backtest has at least one region");
        }
    }

    public double medianApe(ToDoubleFunction<BacktestRegion> error) {
        return percentile(error, 0.5);
    }

    public double p90Ape(ToDoubleFunction<BacktestRegion> error) {
        return percentile(error, 0.9);
    }

    /** The {@code p} quantile, interpolated linearly between order statistics (Hyndman–Fan type 7). */
    public double percentile(ToDoubleFunction<BacktestRegion> error, double p) {
        double[] v = regions.stream()
                .mapToDouble(error)
                .filter(Double::isFinite)
                .sorted()
                .toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }

    /** The {@code n} regions with the largest error of the total. */
    public List<BacktestRegion> worst(int n) {
        return regions.stream()
                .sorted(Comparator.comparingDouble(BacktestRegion::absolutePercentageErrorTotal)
                        .reversed())
                .limit(n)
                .toList();
    }

    /** The total error of all regions summed, in % of the observed sum. */
    public double aggregateErrorPercent() {
        double o = regions.stream().mapToDouble(BacktestRegion::observedPersons).sum();
        double p =
                regions.stream().mapToDouble(BacktestRegion::projectedPersons).sum();
        return 100 * (p - o) / o;
    }
}
