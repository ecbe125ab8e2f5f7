package io.sousei.benchmark.internal;

import io.sousei.benchmark.CompositeIndexSpec;
import io.sousei.benchmark.IndexAggregation;
import io.sousei.benchmark.IndexIndicator;
import io.sousei.benchmark.IndicatorMatrix;
import io.sousei.benchmark.Normalisation;
import io.sousei.benchmark.Weighting;

/**
 * The composite-index pipeline on a matrix already restricted to the spec's indicators, in the spec's order:
 * orientation, eligibility, normalisation, weights, aggregation. Weights can be given to let the Monte Carlo
 * analysis perturb them.
 */
public final class IndexComputation {

    private final IndicatorMatrix matrix;
    private final CompositeIndexSpec spec;
    private final boolean[] eligible;
    private final int[] present;

    public IndexComputation(IndicatorMatrix matrix, CompositeIndexSpec spec) {
        this.matrix = matrix;
        this.spec = spec;
        int q = matrix.indicatorCount();
        int needed = (int) Math.ceil(spec.minimumIndicatorShare() * q - 1e-9);
        eligible = new boolean[matrix.regionCount()];
        present = new int[matrix.regionCount()];
        for (int r = 0; r < matrix.regionCount(); r++) {
            for (int j = 0; j < q; j++) {
                if (!Double.isNaN(matrix.value(r, j))) {
                    present[r]++;
                }
            }
            eligible[r] = present[r] >= needed;
        }
    }

    public boolean isEligible(int region) {
        return eligible[region];
    }

    public int indicatorsPresent(int region) {
        return present[region];
    }

    /** The weights the spec asks for, summing to 1. */
    public double[] nominalWeights() {
        int q = matrix.indicatorCount();
        double[] w = new double[q];
        if (spec.weighting() == Weighting.PCA) {
            return PcaWeights.of(completeRows(normalised(spec.normalisation(), spec.aggregation())));
        }
        for (int j = 0; j < q; j++) {
            w[j] = spec.weighting() == Weighting.EQUAL
                    ? 1
                    : spec.indicators().get(j).weight();
        }
        return scaledToOne(w);
    }

    /** Scores per region (NaN for regions not eligible). */
    public double[] scores(Normalisation normalisation, IndexAggregation aggregation, double[] weights) {
        double[][] columns = normalised(normalisation, aggregation);
        if (aggregation == IndexAggregation.GEOMETRIC) {
            for (int j = 0; j < columns.length; j++) {
                columns[j] = positive(normalisation, columns[j]);
            }
        }
        double[] scores = new double[matrix.regionCount()];
        double[] row = new double[columns.length];
        for (int r = 0; r < scores.length; r++) {
            if (!eligible[r]) {
                scores[r] = Double.NaN;
                continue;
            }
            for (int j = 0; j < columns.length; j++) {
                row[j] = columns[j][r];
            }
            scores[r] = switch (aggregation) {
                case ARITHMETIC -> Aggregators.arithmetic(row, weights);
                case GEOMETRIC -> Aggregators.geometric(row, weights);
                case MAZZIOTTA_PARETO -> Aggregators.mazziottaPareto(row, weights);
            };
        }
        return scores;
    }

    /** Normalised columns {@code [indicator][region]}, NaN for missing values and ineligible regions. */
    double[][] normalised(Normalisation normalisation, IndexAggregation aggregation) {
        int q = matrix.indicatorCount();
        double[][] out = new double[q][];
        for (int j = 0; j < q; j++) {
            IndexIndicator ind = spec.indicators().get(j);
            int sign = ind.polarity().sign();
            double[] x = matrix.column(j);
            for (int r = 0; r < x.length; r++) {
                x[r] = eligible[r] ? sign * x[r] : Double.NaN;
            }
            if (aggregation == IndexAggregation.MAZZIOTTA_PARETO) {
                double[] z = Normaliser.zScore(x);
                for (int r = 0; r < z.length; r++) {
                    z[r] = 100 + 10 * z[r];
                }
                out[j] = z;
                continue;
            }
            Double lowGoalpost = sign > 0 ? ind.goalpostLow() : negated(ind.goalpostHigh());
            Double highGoalpost = sign > 0 ? ind.goalpostHigh() : negated(ind.goalpostLow());
            double low = lowGoalpost == null ? Double.NaN : lowGoalpost;
            double high = highGoalpost == null ? Double.NaN : highGoalpost;
            out[j] = Normaliser.normalise(normalisation, x, low, high, sign * referenceValue(j, ind));
        }
        return out;
    }

    private static Double negated(Double v) {
        return v == null ? null : -v;
    }

    private double referenceValue(int j, IndexIndicator ind) {
        if (ind.referenceValue() != null) {
            return ind.referenceValue();
        }
        if (spec.referenceRegion() != null) {
            return matrix.findValue(spec.referenceRegion(), ind.indicator()).orElse(Double.NaN);
        }
        return Double.NaN;
    }

    /** Values on [ε, 1]: [0, 1] scales directly, other scales through min–max first. */
    private static double[] positive(Normalisation normalisation, double[] column) {
        boolean unitScale = normalisation == Normalisation.MIN_MAX || normalisation == Normalisation.GOALPOSTS;
        double[] unit = unitScale ? column : Normaliser.minMax(column);
        double[] out = new double[unit.length];
        for (int r = 0; r < unit.length; r++) {
            out[r] = Aggregators.GEOMETRIC_FLOOR + (1 - Aggregators.GEOMETRIC_FLOOR) * unit[r];
        }
        return out;
    }

    private double[][] completeRows(double[][] columns) {
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        for (int r = 0; r < matrix.regionCount(); r++) {
            double[] row = new double[columns.length];
            boolean complete = eligible[r];
            for (int j = 0; j < columns.length && complete; j++) {
                row[j] = columns[j][r];
                complete = !Double.isNaN(row[j]);
            }
            if (complete) {
                rows.add(row);
            }
        }
        return rows.toArray(double[][]::new);
    }

    public static double[] scaledToOne(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double[] out = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            out[j] = w[j] / sum;
        }
        return out;
    }
}
