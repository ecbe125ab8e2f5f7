package io.sousei.economy.internal;

/**
 * LU decomposition with partial pivoting (Doolittle, row swaps recorded), the way LAPACK's dgetrf does it: in
 * panels of {@value #BLOCK} columns, each panel factored with its row swaps, then the rows right of it solved and
 * everything below-right updated at once ({@link #subtract}), so that the rows a panel update reads stay in the
 * processor's cache. Same pivots as the column-by-column algorithm; only the order of the roundings differs. The
 * matrix is copied, never changed.
 */
public final class LuDecomposition {

    private static final double SINGULAR = 1e-13;
    /** Columns per panel: 48 rows of 1,739 doubles (670 KB) fit a second-level cache. */
    static final int BLOCK = 48;

    private final double[][] lu;
    private final int[] pivot;
    private final boolean pivoting;
    private boolean singular;
    private boolean swapped;

    public LuDecomposition(double[][] matrix) {
        this(matrix, true);
    }

    private LuDecomposition(double[][] matrix, boolean pivoting) {
        int n = matrix.length;
        this.pivoting = pivoting;
        lu = Matrices.copy(matrix);
        pivot = new int[n];
        for (int i = 0; i < n; i++) {
            pivot[i] = i;
        }
        for (int k0 = 0; k0 < n; k0 += BLOCK) {
            int k1 = Math.min(k0 + BLOCK, n);
            if (!factorPanel(k0, k1)) {
                return;
            }
            if (k1 < n) {
                // U12 = L11⁻¹ A12, then A22 −= L21 U12
                for (int k = k0 + 1; k < k1; k++) {
                    subtract(lu, lu, lu, k, k + 1, k0, k, k1, n);
                }
                subtract(lu, lu, lu, k1, n, k0, k1, k1, n);
            }
        }
    }

    /**
     * Gaussian elimination without row swaps, as the Hawkins–Simon check needs it: the pivots are the ratios of
     * consecutive leading principal minors. Stops at the first pivot that is not positive.
     */
    public static LuDecomposition withoutPivoting(double[][] matrix) {
        return new LuDecomposition(matrix, false);
    }

    /** Columns k0..k1−1 for all rows from k0 down, with the row swaps; false when elimination stopped. */
    private boolean factorPanel(int k0, int k1) {
        int n = lu.length;
        for (int k = k0; k < k1; k++) {
            int p = k;
            if (pivoting) {
                for (int i = k + 1; i < n; i++) {
                    if (Math.abs(lu[i][k]) > Math.abs(lu[p][k])) {
                        p = i;
                    }
                }
            }
            if (p != k) {
                double[] row = lu[p];
                lu[p] = lu[k];
                lu[k] = row;
                int t = pivot[p];
                pivot[p] = pivot[k];
                pivot[k] = t;
                swapped = true;
            }
            double d = lu[k][k];
            if (!pivoting && !(d > 0.0)) {
                singular = true;
                return false;
            }
            if (pivoting && Math.abs(d) < SINGULAR) {
                // no elimination with this column: zero multipliers leave the rows below as they are
                singular = true;
                for (int i = k + 1; i < n; i++) {
                    lu[i][k] = 0.0;
                }
                continue;
            }
            double[] pivotRow = lu[k];
            for (int i = k + 1; i < n; i++) {
                double[] row = lu[i];
                double factor = row[k] / d;
                row[k] = factor;
                if (factor != 0.0) {
                    for (int j = k + 1; j < k1; j++) {
                        row[j] -= factor * pivotRow[j];
                    }
                }
            }
        }
        return true;
    }

    /**
     * target[i][c0..c1) −= Σ<sub>p ∈ [p0, p1)</sub> coefficients[i][p] · source[p][c0..c1) for every row i in [i0, i1),
     * four source rows at a time so that each target element is loaded and stored once per four products.
     */
    static void subtract(
            double[][] coefficients,
            double[][] target,
            double[][] source,
            int i0,
            int i1,
            int p0,
            int p1,
            int c0,
            int c1) {
        for (int i = i0; i < i1; i++) {
            double[] c = coefficients[i];
            double[] t = target[i];
            int p = p0;
            for (; p + 3 < p1; p += 4) {
                double f0 = c[p];
                double f1 = c[p + 1];
                double f2 = c[p + 2];
                double f3 = c[p + 3];
                if (f0 == 0.0 && f1 == 0.0 && f2 == 0.0 && f3 == 0.0) {
                    continue;
                }
                double[] s0 = source[p];
                double[] s1 = source[p + 1];
                double[] s2 = source[p + 2];
                double[] s3 = source[p + 3];
                for (int j = c0; j < c1; j++) {
                    t[j] = t[j] - f0 * s0[j] - f1 * s1[j] - f2 * s2[j] - f3 * s3[j];
                }
            }
            for (; p < p1; p++) {
                double f = c[p];
                if (f == 0.0) {
                    continue;
                }
                double[] s = source[p];
                for (int j = c0; j < c1; j++) {
                    t[j] -= f * s[j];
                }
            }
        }
    }

    public boolean isSingular() {
        return singular;
    }

    /** True when no row was swapped: the pivots are then those of elimination without pivoting. */
    public boolean withoutSwaps() {
        return !swapped;
    }

    /** Every pivot (diagonal of U) positive, the factorisation complete. */
    public boolean pivotsPositive() {
        if (singular) {
            return false;
        }
        for (int k = 0; k < lu.length; k++) {
            if (!(lu[k][k] > 0.0)) {
                return false;
            }
        }
        return true;
    }

    /** Solves M y = b. */
    public double[] solve(double[] b) {
        requireRegular();
        int n = lu.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[pivot[i]];
            double[] row = lu[i];
            for (int j = 0; j < i; j++) {
                s -= row[j] * y[j];
            }
            y[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            double[] row = lu[i];
            for (int j = i + 1; j < n; j++) {
                s -= row[j] * y[j];
            }
            y[i] = s / row[i];
        }
        return y;
    }

    /**
     * The inverse: M = Pᵀ L U, so M⁻¹ = U⁻¹ L⁻¹ P. L⁻¹ (lower triangular) and then U⁻¹ L⁻¹ are built row by row in
     * panels of {@value #BLOCK} rows with {@link #subtract}; the columns are put back in the original order last.
     */
    public double[][] inverse() {
        requireRegular();
        int n = lu.length;
        double[][] x = new double[n][n];
        // x = L⁻¹: row k has its non-zeros in columns 0..k
        for (int k0 = 0; k0 < n; k0 += BLOCK) {
            int k1 = Math.min(k0 + BLOCK, n);
            for (int k = k0; k < k1; k++) {
                x[k][k] = 1.0;
                subtract(lu, x, x, k, k + 1, k0, k, 0, k);
            }
            subtract(lu, x, x, k1, n, k0, k1, 0, k1);
        }
        // x = U⁻¹ x, from the last panel up
        for (int k1 = n; k1 > 0; k1 -= BLOCK) {
            int k0 = Math.max(0, k1 - BLOCK);
            for (int k = k1 - 1; k >= k0; k--) {
                subtract(lu, x, x, k, k + 1, k + 1, k1, 0, n);
                double d = lu[k][k];
                double[] row = x[k];
                for (int j = 0; j < n; j++) {
                    row[j] /= d;
                }
            }
            subtract(lu, x, x, 0, k0, k0, k1, 0, n);
        }
        double[][] inverse = new double[n][n];
        for (int r = 0; r < n; r++) {
            double[] from = x[r];
            double[] to = inverse[r];
            for (int i = 0; i < n; i++) {
                to[pivot[i]] = from[i];
            }
        }
        return inverse;
    }

    private void requireRegular() {
        if (singular) {
            throw new ArithmeticException("the matrix is singular");
        }
    }
}
