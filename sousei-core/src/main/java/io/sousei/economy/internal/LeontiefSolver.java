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

    /** The Leontief inverse (null if I − A is singular) and the Hawkins–Simon check, from one factorisation. */
    public record Inverse(double[][] inverse, boolean hawkinsSimon) {}

    /**
     * {@link #leontiefInverse} and {@link #hawkinsSimon} together: when partial pivoting swapped no rows — always
     * so when every column sum of A is below 1, as I − A is then diagonally dominant by columns — its pivots are
     * those of elimination without pivoting, and the second factorisation is not needed.
     */
    public static Inverse inverseAndHawkinsSimon(double[][] a) {
        double[][] m = Matrices.identityMinus(a);
        LuDecomposition lu = new LuDecomposition(m);
        boolean hawkinsSimon = lu.withoutSwaps() && !lu.isSingular()
                ? lu.pivotsPositive()
                : LuDecomposition.withoutPivoting(m).pivotsPositive();
        return new Inverse(lu.isSingular() ? null : lu.inverse(), hawkinsSimon);
    }

    /** x = (I − A)<sup>−1</sup> f by one LU and its solve, no inverse; null if I − A is singular. */
    public static double[] output(double[][] a, double[] f) {
        LuDecomposition lu = new LuDecomposition(Matrices.identityMinus(a));
        return lu.isSingular() ? null : lu.solve(f);
    }

    /**
     * Hawkins–Simon: every leading principal minor of I − A is positive. Gaussian elimination without pivoting
     * gives pivots d<sub>k</sub> = minor<sub>k</sub> / minor<sub>k−1</sub>, so the minors are all positive iff every pivot is.
     */
    public static boolean hawkinsSimon(double[][] a) {
        return LuDecomposition.withoutPivoting(Matrices.identityMinus(a)).pivotsPositive();
    }

    /**
     * The household row of the Leontief inverse of the model closed with households — row n = compensation
     * coefficients w, column n = household consumption per unit of compensation c (already scaled by
     * self-sufficiency for the regional model) — from the open model's inverse L by the bordered-matrix (Schur
     * complement) identity: with s = 1 − w L c, that row is w L / s (and its last element 1 / s), in O(n²) instead
     * of a second inverse. Null when s vanishes, i.e. the closed model is singular.
     */
    public static double[] closedHouseholdRow(double[][] l, double[] w, double[] c) {
        double[] wl = Matrices.multiply(w, l);
        double wlc = 0.0;
        for (int i = 0; i < c.length; i++) {
            wlc += wl[i] * c[i];
        }
        double s = 1.0 - wlc;
        if (!(Math.abs(s) >= 1e-13)) {
            return null;
        }
        double[] row = new double[wl.length + 1];
        for (int j = 0; j < wl.length; j++) {
            row[j] = wl[j] / s;
        }
        row[wl.length] = 1.0 / s;
        return row;
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
