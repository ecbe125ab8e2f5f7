package io.sousei.benchmark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand cases for each aggregation, and the rank reversal between the arithmetic and geometric means. */
class AggregatorsTest {

    static final double[] EQUAL = {0.5, 0.5};

    @Test
    void arithmeticIsTheWeightedMean() {
        assertThat(Aggregators.arithmetic(new double[] {0.2, 0.8}, new double[] {0.25, 0.75}))
                .isCloseTo(0.65, within(1e-12));
    }

    @Test
    void arithmeticSkipsAMissingValueAndRescalesTheOtherWeights() {
        assertThat(Aggregators.arithmetic(new double[] {0.2, Double.NaN, 0.8}, new double[] {0.25, 0.5, 0.25}))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void geometricIsTheWeightedProduct() {
        assertThat(Aggregators.geometric(new double[] {1, 4}, EQUAL)).isCloseTo(2, within(1e-12));
        assertThat(Aggregators.geometric(new double[] {8, 1}, new double[] {1.0 / 3, 2.0 / 3}))
                .isCloseTo(2, within(1e-12));
    }

    @Test
    void mazziottaParetoPenalisesAnUnbalancedProfile() {
        // M = 100, S = 10, cv = 0.1: 100 − 10·0.1 = 99
        assertThat(Aggregators.mazziottaPareto(new double[] {110, 90}, EQUAL)).isCloseTo(99, within(1e-12));
        assertThat(Aggregators.mazziottaPareto(new double[] {100, 100}, EQUAL)).isCloseTo(100, within(1e-12));
    }

    @Test
    void arithmeticAndGeometricMeansRankTwoProfilesInOppositeOrder() {
        double[] balanced = {0.5, 0.5};
        double[] unbalanced = {1.0, 0.1};
        assertThat(Aggregators.arithmetic(unbalanced, EQUAL)).isGreaterThan(Aggregators.arithmetic(balanced, EQUAL));
        assertThat(Aggregators.geometric(unbalanced, EQUAL)).isLessThan(Aggregators.geometric(balanced, EQUAL));
    }
}
