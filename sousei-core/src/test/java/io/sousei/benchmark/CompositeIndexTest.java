package io.sousei.benchmark;

import static io.sousei.benchmark.Fixtures.A;
import static io.sousei.benchmark.Fixtures.B;
import static io.sousei.benchmark.Fixtures.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeIndexTest {

    static final List<IndexIndicator> THREE = List.of(
            IndexIndicator.of(A, Polarity.POSITIVE),
            IndexIndicator.of(B, Polarity.NEGATIVE),
            IndexIndicator.of(C, Polarity.POSITIVE, 2));

    @Test
    void weightsSumToOneForEveryWeighting() {
        IndicatorMatrix m = Fixtures.random(60, 7);
        for (Weighting w : Weighting.values()) {
            var result = CompositeIndex.compute(m, CompositeIndexSpec.of(THREE).with(w));
            assertThat(result.weights().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .as(w.key())
                    .isCloseTo(1, within(1e-12));
            assertThat(result.weights()).allMatch(x -> x >= 0);
        }
    }

    @Test
    void minMaxArithmeticScoresLieInZeroToOneAndRanksRunFromOne() {
        var result = CompositeIndex.compute(Fixtures.random(60, 8), CompositeIndexSpec.of(THREE));
        assertThat(result.scores()).hasSize(60).allMatch(s -> s.score() >= 0 && s.score() <= 1);
        assertThat(result.scores().getFirst().rank()).isEqualTo(1);
        assertThat(result.scores().getLast().rank()).isEqualTo(60);
    }

    @Test
    void negativePolarityRewardsLowValues() {
        IndicatorMatrix m = Fixtures.matrix(new double[][] {{1}, {2}, {3}});
        var result = CompositeIndex.compute(m, CompositeIndexSpec.of(List.of(IndexIndicator.of(A, Polarity.NEGATIVE))));
        assertThat(result.scores().getFirst().region()).isEqualTo(Fixtures.region(0));
        assertThat(result.scores().getFirst().score()).isEqualTo(1);
    }

    @Test
    void userWeightsAreRescaledToSumToOne() {
        var spec = CompositeIndexSpec.of(THREE).with(Weighting.USER);
        var result = CompositeIndex.compute(Fixtures.random(10, 1), spec);
        assertThat(result.weights()).containsExactly(0.25, 0.25, 0.5);
    }

    @Test
    void pcaWeightsFavourTheIndicatorsThatShareTheFirstComponent() {
        // a and c move together, b is noise: the first component loads a and c
        var result = CompositeIndex.compute(
                Fixtures.random(400, 3), CompositeIndexSpec.of(THREE).with(Weighting.PCA));
        assertThat(result.weights().get(0)).isGreaterThan(result.weights().get(1));
        assertThat(result.weights().get(2)).isGreaterThan(result.weights().get(1));
    }

    @Test
    void aRegionMissingMoreThanAThirdOfTheIndicatorsIsNotScored() {
        IndicatorMatrix m = Fixtures.matrix(
                new double[][] {{1, 10, 5}, {2, Double.NaN, 6}, {3, Double.NaN, Double.NaN}, {4, 40, 8}});
        var result = CompositeIndex.compute(m, CompositeIndexSpec.of(THREE));
        assertThat(result.unscored()).containsExactly(Fixtures.region(2));
        assertThat(result.scores()).extracting(RegionScore::indicatorsPresent).containsOnly(3, 2);
    }

    @Test
    void goalpostsAndGeometricMeanReverseTheArithmeticRanking() {
        IndicatorMatrix m = Fixtures.matrix(new double[][] {{0.5, 0.5}, {1.0, 0.1}});
        var spec = CompositeIndexSpec.of(List.of(
                        IndexIndicator.of(A, Polarity.POSITIVE).withGoalposts(0, 1),
                        IndexIndicator.of(B, Polarity.POSITIVE).withGoalposts(0, 1)))
                .with(Normalisation.GOALPOSTS);
        var arithmetic = CompositeIndex.compute(m, spec);
        var geometric = CompositeIndex.compute(m, spec.with(IndexAggregation.GEOMETRIC));
        assertThat(arithmetic.scores().getFirst().region()).isEqualTo(Fixtures.region(1));
        assertThat(geometric.scores().getFirst().region()).isEqualTo(Fixtures.region(0));
    }

    @Test
    void distanceToAReferenceRegionScoresThatRegionZero() {
        IndicatorMatrix m = Fixtures.random(20, 5);
        var spec = CompositeIndexSpec.of(THREE)
                .with(Normalisation.DISTANCE_TO_REFERENCE)
                .withReferenceRegion(Fixtures.region(4));
        var result = CompositeIndex.compute(m, spec);
        var reference = result.scores().stream()
                .filter(s -> s.region().equals(Fixtures.region(4)))
                .findFirst()
                .orElseThrow();
        assertThat(reference.score()).isCloseTo(0, within(1e-12));
    }

    @Test
    void mazziottaParetoNeverExceedsTheMeanOfTheRescaledValues() {
        var mp = CompositeIndex.compute(
                Fixtures.random(50, 9), CompositeIndexSpec.of(THREE).with(IndexAggregation.MAZZIOTTA_PARETO));
        assertThat(mp.scores()).hasSize(50).allMatch(s -> s.score() > 50 && s.score() < 150);
    }
}
