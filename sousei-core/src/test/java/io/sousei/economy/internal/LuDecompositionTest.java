package io.sousei.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The blocked LU against plain Gauss–Jordan elimination, on sizes below, at and across the panel width. */
class LuDecompositionTest {

    private static double[][] random(int n, long seed) {
        Random r = new Random(seed);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = r.nextDouble() < 0.3 ? 0.0 : r.nextGaussian();
            }
            m[i][i] += 3.0 * r.nextGaussian(); // any sign: the pivoting has work to do
        }
        return m;
    }

    /** Gauss–Jordan with partial pivoting on [M | I], the textbook way. */
    private static double[][] gaussJordan(double[][] matrix) {
        int n = matrix.length;
        double[][] w = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix[i], 0, w[i], 0, n);
            w[i][n + i] = 1.0;
        }
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(w[i][k]) > Math.abs(w[p][k])) {
                    p = i;
                }
            }
            double[] t = w[p];
            w[p] = w[k];
            w[k] = t;
            double d = w[k][k];
            for (int j = 0; j < 2 * n; j++) {
                w[k][j] /= d;
            }
            for (int i = 0; i < n; i++) {
                if (i != k && w[i][k] != 0.0) {
                    double f = w[i][k];
                    for (int j = 0; j < 2 * n; j++) {
                        w[i][j] -= f * w[k][j];
                    }
                }
            }
        }
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(w[i], n, inverse[i], 0, n);
        }
        return inverse;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 47, 48, 49, 96, 97, 150})
    void inverseAndSolveMatchGaussJordan(int n) {
        double[][] m = random(n, 1000L + n);
        LuDecomposition lu = new LuDecomposition(m);
        assertThat(lu.isSingular()).isFalse();
        double[][] inverse = lu.inverse();
        double[][] expected = gaussJordan(m);
        double scale = 0.0;
        for (double[] row : expected) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(Math.abs(inverse[i][j] - expected[i][j]))
                        .as("(%d, %d)", i, j)
                        .isLessThan(1e-9 * scale);
            }
        }
        // M M⁻¹ = I
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0.0;
                for (int k = 0; k < n; k++) {
                    s += m[i][k] * inverse[k][j];
                }
                assertThat(Math.abs(s - (i == j ? 1.0 : 0.0))).isLessThan(1e-9);
            }
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = i - n / 2.0;
        }
        assertThat(Matrices.maxAbsDifference(lu.solve(b), Matrices.multiply(inverse, b)))
                .isLessThan(1e-9 * scale * n);
        assertThat(Matrices.copy(m)).isDeepEqualTo(m); // the input is untouched
    }

    @Test
    void singularAcrossPanels() {
        int n = 100;
        double[][] m = random(n, 7L);
        for (int j = 0; j < n; j++) {
            m[70][j] = 2.0 * m[10][j] - m[60][j]; // a dependent row beyond the first panel
        }
        LuDecomposition lu = new LuDecomposition(m);
        assertThat(lu.isSingular()).isTrue();
        assertThatThrownBy(lu::inverse).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void withoutPivotingStopsAtANonPositivePivot() {
        // the second leading principal minor of [[1, 2], [3, 1]] is −5
        assertThat(LuDecomposition.withoutPivoting(new double[][] {{1, 2}, {3, 1}})
                        .pivotsPositive())
                .isFalse();
        assertThat(LuDecomposition.withoutPivoting(new double[][] {{2, 1}, {1, 2}})
                        .pivotsPositive())
                .isTrue();
        // partial pivoting would swap the rows of [[1, 0], [-3, 1]]; without it the pivots are 1 and 1
        LuDecomposition pivoted = new LuDecomposition(new double[][] {{1, 0}, {-3, 1}});
        assertThat(pivoted.withoutSwaps()).isFalse();
        assertThat(LuDecomposition.withoutPivoting(new double[][] {{1, 0}, {-3, 1}})
                        .pivotsPositive())
                .isTrue();
    }
}
