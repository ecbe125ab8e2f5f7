package io.sousei.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Sobol first-order and total indices of a model whose factors are independent and uniform on [0, 1)
 * (map them to their own ranges inside the model). Estimators (Saltelli et al. 2010, Table 2):
 * S_i = mean(f(B)·(f(A_B^i) − f(A)))/V and S_Ti = mean((f(A) − f(A_B^i))²)/(2V) (Jansen), V the variance
 * of f over A and B together.
 */
public final class SobolAnalysis {

    private SobolAnalysis() {}

    public static SobolResult estimate(List<String> factors, ToDoubleFunction<double[]> model, SobolSpec spec) {
        int d = factors.size();
        int n = spec.baseSamples();
        SplittableRandom random = new SplittableRandom(spec.seed());
        double[][] a = new double[n][d];
        double[][] b = new double[n][d];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < d; i++) {
                a[k][i] = random.nextDouble();
                b[k][i] = random.nextDouble();
            }
        }
        double[] fa = new double[n];
        double[] fb = new double[n];
        for (int k = 0; k < n; k++) {
            fa[k] = model.applyAsDouble(a[k].clone());
            fb[k] = model.applyAsDouble(b[k].clone());
        }
        double variance = variance(fa, fb);
        List<SobolIndex> indices = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            double first = 0;
            double total = 0;
            for (int k = 0; k < n; k++) {
                double[] abi = a[k].clone();
                abi[i] = b[k][i];
                double fabi = model.applyAsDouble(abi);
                first += fb[k] * (fabi - fa[k]);
                total += (fa[k] - fabi) * (fa[k] - fabi);
            }
            indices.add(
                    variance > 0
                            ? new SobolIndex(factors.get(i), first / n / variance, total / (2.0 * n) / variance)
                            : new SobolIndex(factors.get(i), 0, 0));
        }
        return new SobolResult(indices, variance, n * (d + 2));
    }

    private static double variance(double[] x, double[] y) {
        double mean = 0;
        for (int k = 0; k < x.length; k++) {
            mean += x[k] + y[k];
        }
        mean /= 2.0 * x.length;
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += (x[k] - mean) * (x[k] - mean) + (y[k] - mean) * (y[k] - mean);
        }
        return s / (2.0 * x.length - 1);
    }
}
