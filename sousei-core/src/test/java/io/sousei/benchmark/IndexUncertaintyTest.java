package io.sousei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexUncertaintyTest {

    static final IndicatorMatrix DATA = Fixtures.random(40, 11);
    static final CompositeIndexSpec INDEX = CompositeIndexSpec.of(CompositeIndexTest.THREE);

    @Test
    void aSeededMonteCarloIsReproducible() {
        var spec = UncertaintySpec.defaults().withDraws(200);
        assertThat(IndexUncertainty.monteCarlo(DATA, INDEX, spec))
                .isEqualTo(IndexUncertainty.monteCarlo(DATA, INDEX, spec));
        assertThat(IndexUncertainty.monteCarlo(DATA, INDEX, spec.withSeed(2)))
                .isNotEqualTo(IndexUncertainty.monteCarlo(DATA, INDEX, spec));
    }

    @Test
    void rankIntervalsAreOrderedAndWithinTheRegionCount() {
        var result = IndexUncertainty.monteCarlo(
                DATA, INDEX, UncertaintySpec.defaults().withDraws(300));
        assertThat(result.intervals())
                .hasSize(40)
                .allMatch(i -> 1 <= i.rankP05()
                        && i.rankP05() <= i.medianRank()
                        && i.medianRank() <= i.rankP95()
                        && i.rankP95() <= 40);
    }

    @Test
    void withNothingUncertainTheIntervalsCollapseOnTheNominalRanks() {
        var fixed = new UncertaintySpec(50, 1, List.of(Normalisation.MIN_MAX), List.of(IndexAggregation.ARITHMETIC), 0);
        var result = IndexUncertainty.monteCarlo(DATA, INDEX, fixed);
        assertThat(result.meanAbsoluteRankShift()).isZero();
        assertThat(result.intervals()).allMatch(i -> i.rankP05() == i.nominalRank() && i.rankP95() == i.nominalRank());
    }

    @Test
    void sensitivityNamesEveryFactorWithIndicesBetweenZeroAndAboutOne() {
        var result = IndexUncertainty.sensitivity(DATA, INDEX, UncertaintySpec.defaults(), new SobolSpec(128, 3));
        assertThat(result.indices())
                .extracting(SobolIndex::factor)
                .containsExactly("normalisation", "aggregation", "weight:test.a", "weight:test.b", "weight:test.c");
        assertThat(result.indices()).allMatch(i -> i.total() >= 0 && i.total() < 1.5);
    }
}
