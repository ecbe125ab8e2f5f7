package io.sousei.benchmark.internal;

import io.sousei.benchmark.BenchmarkErrorCode;
import io.sousei.benchmark.BenchmarkException;

/** Weights from principal components of the correlation matrix (see {@code Weighting.PCA}). */
public final class PcaWeights {

    private PcaWeights() {}

    /** @param rows complete rows of normalised values, one per region */
    public static double[] of(double[][] rows) {
        int q = rows.length == 0 ? 0 : rows[0].length;
        if (rows.length <= q) {
            throw new BenchmarkException(
                    BenchmarkErrorCode.BENCHMARK_TOO_FEW_REGIONS,
                    "PCA weights need more complete regions (" + rows.length + ") than indicators (" + q + ")");
        }
        double[][] correlation = correlation(rows);
        SymmetricEigen eigen = SymmetricEigen.of(correlation);
        double[] w = new double[q];
        for (int k = 0; k < q; k++) {
            if (k > 0 && eigen.values()[k] < 1) {
                break;
            }
            for (int i = 0; i < q; i++) {
                w[i] += eigen.values()[k] * eigen.vectors()[i][k] * eigen.vectors()[i][k];
            }
        }
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        for (int i = 0; i < q; i++) {
            w[i] /= sum;
        }
        return w;
    }

    static double[][] correlation(double[][] rows) {
        int q = rows[0].length;
        double[][] z = new double[rows.length][q];
        for (int j = 0; j < q; j++) {
            double[] col = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                col[r] = rows[r][j];
            }
            double[] zc = Normaliser.zScore(col);
            for (int r = 0; r < rows.length; r++) {
                z[r][j] = zc[r];
            }
        }
        double[][] c = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                double s = 0;
                for (double[] row : z) {
                    s += row[i] * row[j];
                }
                c[i][j] = i == j ? 1 : s / (rows.length - 1);
            }
        }
        return c;
    }
}
