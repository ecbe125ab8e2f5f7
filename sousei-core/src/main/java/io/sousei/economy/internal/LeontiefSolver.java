package io.sousei.economy.internal;

/** Technical coefficients, the Leontief inverse and its checks, on plain arrays. */
public final class LeontiefSolver {

    private LeontiefSolver() {}

    /** a<sub>ij</sub> = z<sub>ij</sub> / x<sub>j</sub>. */
    public static double[][] technicalCoefficients(double[][] flows, double[] output) {
        int n = output.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = flows[i][j] / output[j];
            }
        }
        return a;
    }

    /** (I − M̂)A: each row i scaled by its self-sufficiency rate. */
    public static double[][] regionalCoefficients(double[][] a, double[] selfSufficiency) {
        return Matrices.scaleRows(selfSufficiency, a);
    }

    /** (I − A)<sup>−1</sup> by LU with partial pivoting; null if I − A is singular. */
    public static double[][] leontiefInverse(double[][] a) {
        LuDecomposition lu = new LuDecomposition(Matrices.identityMinus(a));
        return lu.isSingular() ? null : lu.inverse();
    }

    /**
     * Hawkins–Simon: every leading principal minor of I − A is positive. Gaussian elimination without pivoting
     * gives pivots d<sub>k</sub> = minor<sub>k</sub> / minor<sub>k−1</sub>, so the minors are all positive iff every pivot is.
     */
    public static boolean hawkinsSimon(double[][] a) {
        return LuDecomposition.withoutPivoting(Matrices.identityMinus(a)).pivotsPositive();
    }

    /**
     * The Leontief inverse of the model closed with households: row n = compensation coefficients w, column n =
     * household consumption per unit of compensation c (already scaled by self-sufficiency for the regional model).
     */
    public static double[][] closedWithHouseholds(double[][] a, double[] w, double[] c) {
        int n = a.length;
        double[][] closed = new double[n + 1][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, closed[i], 0, n);
            closed[i][n] = c[i];
            closed[n][i] = w[i];
        }
        return leontiefInverse(closed);
    }

    /** 影響力係数 BL<sub>j</sub> = (Σ<sub>i</sub> L<sub>ij</sub> / n) / (Σ<sub>ij</sub> L<sub>ij</sub> / n²). */
    public static double[] backwardLinkages(double[][] l) {
        return normalised(Matrices.columnSums(l));
    }

    /** 感応度係数 FL<sub>i</sub> = (Σ<sub>j</sub> L<sub>ij</sub> / n) / (Σ<sub>ij</sub> L<sub>ij</sub> / n²). */
    public static double[] forwardLinkages(double[][] l) {
        return normalised(Matrices.rowSums(l));
    }

    private static double[] normalised(double[] sums) {
        int n = sums.length;
        double mean = Matrices.sum(sums) / n;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = sums[i] / mean;
        }
        return r;
    }
}
