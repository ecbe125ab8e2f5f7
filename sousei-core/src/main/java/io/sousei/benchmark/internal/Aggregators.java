package io.sousei.benchmark.internal;

/**
 * The aggregations of one region's normalised values with weights that sum to 1 over the values present
 * (NaN values are skipped and the remaining weights rescaled).
 */
public final class Aggregators {

    /** Geometric aggregation maps [0, 1] to [ε, 1] so that a zero does not wipe out the region. */
    public static final double GEOMETRIC_FLOOR = 0.01;

    private Aggregators() {}

    public static double arithmetic(double[] values, double[] weights) {
        double s = 0;
        double w = 0;
        for (int q = 0; q < values.length; q++) {
            if (!Double.isNaN(values[q])) {
                s += weights[q] * values[q];
                w += weights[q];
            }
        }
        return w > 0 ? s / w : Double.NaN;
    }

    /** Π x^w for strictly positive values. */
    public static double geometric(double[] values, double[] weights) {
        double logSum = 0;
        double w = 0;
        for (int q = 0; q < values.length; q++) {
            if (!Double.isNaN(values[q])) {
                if (!(values[q] > 0)) {
                    throw new IllegalArgumentException("geometric aggregation needs values > 0, not " + values[q]);
                }
                logSum += weights[q] * Math.log(values[q]);
                w += weights[q];
            }
        }
        return w > 0 ? Math.exp(logSum / w) : Double.NaN;
    }

    /**
     * Mazziotta–Pareto on values already rescaled to mean 100 and sd 10: M − S·cv with the weighted mean M
     * and weighted standard deviation S across indicators, cv = S/M.
     */
    public static double mazziottaPareto(double[] rescaled, double[] weights) {
        double m = arithmetic(rescaled, weights);
        double w = 0;
        double s2 = 0;
        for (int q = 0; q < rescaled.length; q++) {
            if (!Double.isNaN(rescaled[q])) {
                s2 += weights[q] * (rescaled[q] - m) * (rescaled[q] - m);
                w += weights[q];
            }
        }
        double s = Math.sqrt(s2 / w);
        return m - s * (s / m);
    }
}
