package io.sousei.economy.internal;

/**
 * LU decomposition with partial pivoting (Doolittle, row swaps recorded), the way LAPACK's dgetrf does it.
 * Enough for the sector counts of regional tables; the matrix is copied, never changed.
 */
public final class LuDecomposition {

    private static final double SINGULAR = 1e-13;

    private final double[][] lu;
    private final int[] pivot;
    private final boolean singular;

    public LuDecomposition(double[][] matrix) {
        int n = matrix.length;
        lu = Matrices.copy(matrix);
        pivot = new int[n];
        for (int i = 0; i < n; i++) {
            pivot[i] = i;
        }
        boolean zeroPivot = false;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(lu[i][k]) > Math.abs(lu[p][k])) {
                    p = i;
                }
            }
            if (p != k) {
                double[] row = lu[p];
                lu[p] = lu[k];
                lu[k] = row;
                int t = pivot[p];
                pivot[p] = pivot[k];
                pivot[k] = t;
            }
            if (Math.abs(lu[k][k]) < SINGULAR) {
                zeroPivot = true;
                continue;
            }
            for (int i = k + 1; i < n; i++) {
                double factor = lu[i][k] / lu[k][k];
                lu[i][k] = factor;
                if (factor != 0.0) {
                    for (int j = k + 1; j < n; j++) {
                        lu[i][j] -= factor * lu[k][j];
                    }
                }
            }
        }
        singular = zeroPivot;
    }

    public boolean isSingular() {
        return singular;
    }

    /** Solves M y = b. */
    public double[] solve(double[] b) {
        if (singular) {
            throw new ArithmeticException("the matrix is singular");
        }
        int n = lu.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[pivot[i]];
            for (int j = 0; j < i; j++) {
                s -= lu[i][j] * y[j];
            }
            y[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int j = i + 1; j < n; j++) {
                s -= lu[i][j] * y[j];
            }
            y[i] = s / lu[i][i];
        }
        return y;
    }

    /** The inverse, column by column. */
    public double[][] inverse() {
        int n = lu.length;
        double[][] inverse = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] unit = new double[n];
            unit[j] = 1.0;
            double[] column = solve(unit);
            for (int i = 0; i < n; i++) {
                inverse[i][j] = column[i];
            }
        }
        return inverse;
    }
}
