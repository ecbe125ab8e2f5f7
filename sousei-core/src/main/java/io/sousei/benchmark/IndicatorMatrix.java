package io.sousei.benchmark;

import io.sousei.indicator.IndicatorId;
import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Regions × indicators, the input of every benchmarking engine. A missing value is {@link Double#NaN}
 * inside; readers see it as an empty {@link OptionalDouble}. Each indicator keeps its own unit.
 */
public final class IndicatorMatrix {

    private final List<RegionId> regions;
    private final List<IndicatorId> indicators;
    private final double[][] values;
    private final Map<RegionId, Integer> regionIndex = new HashMap<>();

    /** @param values {@code values[region][indicator]}, NaN where missing; copied */
    public IndicatorMatrix(List<RegionId> regions, List<IndicatorId> indicators, double[][] values) {
        this.regions = List.copyOf(regions);
        this.indicators = List.copyOf(indicators);
        if (values.length != this.regions.size()) {
            throw new IllegalArgumentException(values.length + " rows for " + this.regions.size() + " regions");
        }
        this.values = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != this.indicators.size()) {
                throw new IllegalArgumentException(this.regions.get(r) + ": " + values[r].length + " values for "
                        + this.indicators.size() + " indicators");
            }
            this.values[r] = values[r].clone();
            for (double v : this.values[r]) {
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException(this.regions.get(r) + ": infinite value");
                }
            }
            if (regionIndex.put(this.regions.get(r), r) != null) {
                throw new IllegalArgumentException("region " + this.regions.get(r) + " appears twice");
            }
        }
        if (Set.copyOf(this.indicators).size() != this.indicators.size()) {
            throw new IllegalArgumentException("an indicator appears twice: " + this.indicators);
        }
    }

    public List<RegionId> regions() {
        return regions;
    }

    public List<IndicatorId> indicators() {
        return indicators;
    }

    public int regionCount() {
        return regions.size();
    }

    public int indicatorCount() {
        return indicators.size();
    }

    public OptionalDouble findValue(RegionId region, IndicatorId indicator) {
        Integer r = regionIndex.get(region);
        int q = indicators.indexOf(indicator);
        if (r == null || q < 0 || Double.isNaN(values[r][q])) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(values[r][q]);
    }

    /** The value at row and column; NaN when missing. */
    public double value(int region, int indicator) {
        return values[region][indicator];
    }

    /** One indicator over all regions, NaN where missing. */
    public double[] column(int indicator) {
        double[] c = new double[values.length];
        for (int r = 0; r < values.length; r++) {
            c[r] = values[r][indicator];
        }
        return c;
    }

    public int indexOf(RegionId region) {
        Integer r = regionIndex.get(region);
        if (r == null) {
            throw new BenchmarkException(BenchmarkErrorCode.BENCHMARK_REGION_INCOMPLETE, region + " has no data");
        }
        return r;
    }

    public int indexOf(IndicatorId indicator) {
        int q = indicators.indexOf(indicator);
        if (q < 0) {
            throw new BenchmarkException(
                    BenchmarkErrorCode.BENCHMARK_UNKNOWN_INDICATOR, indicator + " is not among " + indicators);
        }
        return q;
    }

    public boolean isComplete(int region) {
        for (double v : values[region]) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    /** The same regions with only the given indicators, in that order. */
    public IndicatorMatrix select(List<IndicatorId> chosen) {
        int[] columns = chosen.stream().mapToInt(this::indexOf).toArray();
        double[][] v = new double[values.length][columns.length];
        for (int r = 0; r < values.length; r++) {
            for (int j = 0; j < columns.length; j++) {
                v[r][j] = values[r][columns[j]];
            }
        }
        return new IndicatorMatrix(regions, chosen, v);
    }

    /** Only the regions with every value present. */
    public IndicatorMatrix completeCases() {
        List<RegionId> kept = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            if (isComplete(r)) {
                kept.add(regions.get(r));
                rows.add(values[r]);
            }
        }
        return new IndicatorMatrix(kept, indicators, rows.toArray(double[][]::new));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorMatrix m
                && regions.equals(m.regions)
                && indicators.equals(m.indicators)
                && java.util.Arrays.deepEquals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regions, indicators);
    }

    @Override
    public String toString() {
        return "IndicatorMatrix[" + regions.size() + " regions × " + indicators + "]";
    }
}
