package io.sousei.economy.internal;

/** Dense matrix helpers on row-major {@code double[][]}; inputs are never changed. */
public final class Matrices {

    private Matrices() {}

    public static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    public static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        return m;
    }

    /** I − m. */
    public static double[][] identityMinus(double[][] m) {
        int n = m.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = (i == j ? 1.0 : 0.0) - m[i][j];
            }
        }
        return r;
    }

    public static double[] multiply(double[][] m, double[] v) {
        double[] r = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double s = 0.0;
            for (int j = 0; j < v.length; j++) {
                s += m[i][j] * v[j];
            }
            r[i] = s;
        }
        return r;
    }

    /** v<sup>T</sup> m: the row vector times the matrix. */
    public static double[] multiply(double[] v, double[][] m) {
        int n = m.length == 0 ? 0 : m[0].length;
        double[] r = new double[n];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < n; j++) {
                r[j] += v[i] * m[i][j];
            }
        }
        return r;
    }

    /** diag(d) m: every row i scaled by d_i. */
    public static double[][] scaleRows(double[] d, double[][] m) {
        double[][] r = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            r[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                r[i][j] = d[i] * m[i][j];
            }
        }
        return r;
    }

    public static double[] columnSums(double[][] m) {
        return multiply(ones(m.length), m);
    }

    public static double[] rowSums(double[][] m) {
        double[] r = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (double v : m[i]) {
                r[i] += v;
            }
        }
        return r;
    }

    public static double[] ones(int n) {
        double[] r = new double[n];
        java.util.Arrays.fill(r, 1.0);
        return r;
    }

    public static double sum(double[] v) {
        double s = 0.0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    public static double maxAbsDifference(double[] a, double[] b) {
        double d = 0.0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}
