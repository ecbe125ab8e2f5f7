package io.sousei.benchmark.internal;

import io.sousei.benchmark.Normalisation;

/**
 * The normalisations of one indicator over regions. Inputs are already oriented ("more is better", the
 * polarity applied by the caller as x·sign); NaN stays NaN and is left out of every statistic.
 */
public final class Normaliser {

    private Normaliser() {}

    /**
     * @param low, high goalposts in the oriented scale (NaN: the observed min and max)
     * @param reference the reference value in the oriented scale (NaN: the mean)
     */
    public static double[] normalise(Normalisation method, double[] x, double low, double high, double reference) {
        return switch (method) {
            case MIN_MAX -> minMax(x);
            case Z_SCORE -> zScore(x);
            case RANK -> rank(x);
            case GOALPOSTS -> goalposts(x, Double.isNaN(low) ? min(x) : low, Double.isNaN(high) ? max(x) : high);
            case DISTANCE_TO_REFERENCE -> distanceToReference(x, Double.isNaN(reference) ? mean(x) : reference);
        };
    }

    /** (x − min)/(max − min); a constant indicator gives 0.5 everywhere. */
    public static double[] minMax(double[] x) {
        double lo = min(x);
        double hi = max(x);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Double.isNaN(x[i]) ? Double.NaN : hi > lo ? (x[i] - lo) / (hi - lo) : 0.5;
        }
        return y;
    }

    /** (x − mean)/sd, sample sd; a constant indicator gives 0 everywhere. */
    public static double[] zScore(double[] x) {
        double m = mean(x);
        double sd = sampleStandardDeviation(x);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Double.isNaN(x[i]) ? Double.NaN : sd > 0 ? (x[i] - m) / sd : 0;
        }
        return y;
    }

    /** Ranks 1 … n, lowest first, ties sharing their mean rank. */
    public static double[] rank(double[] x) {
        Integer[] order = new Integer[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                order[n++] = i;
            }
        }
        Integer[] present = java.util.Arrays.copyOf(order, n);
        java.util.Arrays.sort(present, (a, b) -> Double.compare(x[a], x[b]));
        double[] y = new double[x.length];
        java.util.Arrays.fill(y, Double.NaN);
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && x[present[end + 1]] == x[present[start]]) {
                end++;
            }
            double meanRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                y[present[k]] = meanRank;
            }
            start = end + 1;
        }
        return y;
    }

    /** (x − low)/(high − low) truncated to [0, 1]. */
    public static double[] goalposts(double[] x, double low, double high) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Double.isNaN(x[i]) ? Double.NaN : high > low ? clamp((x[i] - low) / (high - low)) : 0.5;
        }
        return y;
    }

    /** (x − reference)/|reference|. */
    public static double[] distanceToReference(double[] x, double reference) {
        if (reference == 0 || Double.isNaN(reference)) {
            throw new IllegalArgumentException("a reference value of 0 gives no relative distance");
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (x[i] - reference) / Math.abs(reference);
        }
        return y;
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    public static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) {
            if (v < m) {
                m = v;
            }
        }
        return m;
    }

    public static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (v > m) {
                m = v;
            }
        }
        return m;
    }

    public static double mean(double[] x) {
        double s = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    public static double sampleStandardDeviation(double[] x) {
        double m = mean(x);
        double s = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s += (v - m) * (v - m);
                n++;
            }
        }
        return n < 2 ? 0 : Math.sqrt(s / (n - 1));
    }
}
