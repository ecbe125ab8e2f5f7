package io.sousei.benchmark.internal;

import io.sousei.benchmark.IndicatorMatrix;

/** Rows of z-scores (sample sd) of a complete matrix: {@code rows[region][indicator]}. */
public final class StandardScores {

    private StandardScores() {}

    public static double[][] of(IndicatorMatrix complete) {
        int n = complete.regionCount();
        int q = complete.indicatorCount();
        double[][] rows = new double[n][q];
        for (int j = 0; j < q; j++) {
            double[] z = Normaliser.zScore(complete.column(j));
            for (int r = 0; r < n; r++) {
                rows[r][j] = z[r];
            }
        }
        return rows;
    }

    public static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return s;
    }
}
