package io.sousei.population.internal;

/**
 * The dominant eigenvalue of a non-negative square matrix by power iteration on the 1-norm. A Leslie matrix
 * converges at the rate |λ2/λ1| per iteration; post-reproductive ages make it reducible, which power iteration
 * tolerates as long as the reproductive block dominates.
 */
public final class PowerIteration {

    static final int MAX_ITERATIONS = 1_000_000;
    static final double RELATIVE_TOLERANCE = 1e-15;

    private PowerIteration() {}

    public static double dominantEigenvalue(double[][] matrix) {
        int n = matrix.length;
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1.0 / n);
        double lambda = 0;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] w = multiply(matrix, v);
            double norm = 0;
            for (double x : w) {
                norm += x;
            }
            if (norm == 0) {
                return 0;
            }
            for (int i = 0; i < n; i++) {
                v[i] = w[i] / norm;
            }
            if (Math.abs(norm - lambda) <= RELATIVE_TOLERANCE * norm && iteration > 10) {
                return norm;
            }
            lambda = norm;
        }
        throw new ArithmeticException("power iteration did not converge in " + MAX_ITERATIONS + " iterations");
    }

    public static double[] multiply(double[][] matrix, double[] v) {
        double[] w = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += matrix[i][j] * v[j];
            }
            w[i] = s;
        }
        return w;
    }
}
