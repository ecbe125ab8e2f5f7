package io.sousei.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shortcuts of the solver against the long way round. */
class LeontiefSolverTest {

    /** Column sums of A below 1 (a productive table), about a third of the cells zero. */
    private static double[][] productive(int n, Random r) {
        double[][] a = new double[n][n];
        for (int j = 0; j < n; j++) {
            double share = 0.1 + 0.8 * r.nextDouble();
            double[] w = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                w[i] = r.nextDouble() < 0.3 ? 0.0 : r.nextDouble();
                total += w[i];
            }
            for (int i = 0; i < n; i++) {
                a[i][j] = total == 0 ? 0.0 : share * w[i] / total;
            }
        }
        return a;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 12, 60, 130})
    void householdRowOfTheClosedModelEqualsItsFullInverse(int n) {
        Random r = new Random(31L * n);
        double[][] a = productive(n, r);
        double[] w = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.1 + 0.3 * r.nextDouble();
            c[i] = r.nextDouble() / n;
        }
        double[][] closed = new double[n + 1][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, closed[i], 0, n);
            closed[i][n] = c[i];
            closed[n][i] = w[i];
        }
        double[] expected = LeontiefSolver.leontiefInverse(closed)[n];
        double[] row = LeontiefSolver.closedHouseholdRow(LeontiefSolver.leontiefInverse(a), w, c);
        assertThat(Matrices.maxAbsDifference(row, expected)).isLessThan(1e-11);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 12, 49, 100})
    void oneFactorisationGivesTheSameHawkinsSimonAnswer(int n) {
        Random r = new Random(17L * n);
        for (int t = 0; t < 20; t++) {
            double[][] a = productive(n, r);
            if (t % 2 == 1) {
                // some tables that are not productive, some that make partial pivoting swap rows
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        a[i][j] *= 1.0 + 3.0 * r.nextDouble();
                    }
                }
            }
            LeontiefSolver.Inverse both = LeontiefSolver.inverseAndHawkinsSimon(a);
            assertThat(both.hawkinsSimon()).as("table %d", t).isEqualTo(LeontiefSolver.hawkinsSimon(a));
            double[][] l = LeontiefSolver.leontiefInverse(a);
            if (l == null) {
                assertThat(both.inverse()).isNull();
            } else {
                assertThat(both.inverse()).isDeepEqualTo(l);
            }
        }
    }
}
