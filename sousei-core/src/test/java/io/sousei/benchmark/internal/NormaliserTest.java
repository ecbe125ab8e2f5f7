package io.sousei.benchmark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand cases for each normalisation (METHODS §3.3). */
class NormaliserTest {

    static final double[] X = {2, 4, 6};

    @Test
    void minMaxMapsTheRangeOntoZeroToOne() {
        assertThat(Normaliser.minMax(X)).containsExactly(0, 0.5, 1);
    }

    @Test
    void zScoreUsesTheSampleStandardDeviation() {
        assertThat(Normaliser.zScore(X)).containsExactly(new double[] {-1, 0, 1}, within(1e-12));
    }

    @Test
    void ranksSharedByTiesAreTheirMean() {
        assertThat(Normaliser.rank(X)).containsExactly(1, 2, 3);
        assertThat(Normaliser.rank(new double[] {5, 1, 5, Double.NaN})).containsExactly(2.5, 1, 2.5, Double.NaN);
    }

    @Test
    void goalpostsTruncateToZeroAndOne() {
        assertThat(Normaliser.goalposts(new double[] {0, 3, 5, 9}, 1, 5)).containsExactly(0, 0.5, 1, 1);
    }

    @Test
    void distanceToAReferenceIsRelative() {
        assertThat(Normaliser.distanceToReference(X, 4)).containsExactly(-0.5, 0, 0.5);
    }

    @Test
    void missingValuesStayMissingAndAreLeftOutOfTheStatistics() {
        double[] y = Normaliser.minMax(new double[] {2, Double.NaN, 6});
        assertThat(y[0]).isZero();
        assertThat(y[1]).isNaN();
        assertThat(y[2]).isEqualTo(1);
    }
}
