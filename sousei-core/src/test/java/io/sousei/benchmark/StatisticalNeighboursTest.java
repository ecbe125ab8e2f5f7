package io.sousei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticalNeighboursTest {

    static final IndicatorMatrix LINE =
            Fixtures.matrix(new double[][] {{0, 0}, {1, 0}, {3, 0}, {10, 1}, {Double.NaN, 0}});

    @Test
    void aRegionIsItsOwnNearestNeighbourAtDistanceZero() {
        IndicatorMatrix m = Fixtures.random(50, 2);
        for (int r = 0; r < 50; r += 7) {
            var ranked = StatisticalNeighbours.ranked(m, NeighbourSpec.of(Fixtures.region(r), 3));
            assertThat(ranked.getFirst().region()).isEqualTo(Fixtures.region(r));
            assertThat(ranked.getFirst().distance()).isZero();
        }
    }

    @Test
    void neighboursComeNearestFirstWithoutTheRegionItself() {
        var result = StatisticalNeighbours.find(LINE, NeighbourSpec.of(Fixtures.region(1), 2));
        assertThat(result.neighbours())
                .extracting(Neighbour::region)
                .containsExactly(Fixtures.region(0), Fixtures.region(2));
        assertThat(result.poolSize()).isEqualTo(4);
        assertThat(result.neighbours().get(0).closestIndicators().getFirst().indicator())
                .isEqualTo(Fixtures.B);
    }

    @Test
    void aRegionWithoutTheWholeProfileHasNoNeighbours() {
        assertThatThrownBy(() -> StatisticalNeighbours.find(LINE, NeighbourSpec.of(Fixtures.region(4), 2)))
                .isInstanceOf(BenchmarkException.class)
                .hasMessageContaining("BENCHMARK_REGION_INCOMPLETE");
        var onB = StatisticalNeighbours.find(
                LINE, NeighbourSpec.of(Fixtures.region(4), 2).withProfile(List.of(Fixtures.B)));
        assertThat(onB.neighbours()).hasSize(2).allMatch(n -> n.distance() == 0);
    }

    @Test
    void neighboursThatImprovedMostComeFirst() {
        var result = StatisticalNeighbours.find(
                LINE, NeighbourSpec.of(Fixtures.region(0), 3).withProfile(List.of(Fixtures.B)));
        var improved = StatisticalNeighbours.improvedMost(result, LINE, Fixtures.A);
        assertThat(improved).extracting(NeighbourChange::change).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }
}
