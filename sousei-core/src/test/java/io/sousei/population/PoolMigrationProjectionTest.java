package io.sousei.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sousei.observation.Sex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PoolMigrationProjectionTest {

    static LongStream seeds() {
        return LongStream.range(400, 425);
    }

    static List<PoolRegion> regions(RandomDemography r, int count, double maxOutRate) {
        double[][][] shares = new double[count][2][];
        double[][] sums = new double[2][r.groups.count()];
        for (int i = 0; i < count; i++) {
            for (int s = 0; s < 2; s++) {
                shares[i][s] = r.uniform(0.1, 1);
                for (int j = 0; j < sums[s].length; j++) {
                    sums[s][j] += shares[i][s][j];
                }
            }
        }
        List<PoolRegion> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            for (int s = 0; s < 2; s++) {
                for (int j = 0; j < sums[s].length; j++) {
                    shares[i][s][j] /= sums[s][j];
                }
            }
            PoolMigrationRates m = PoolMigrationRates.of(
                    r.groups, r.uniform(0, maxOutRate), r.uniform(0, maxOutRate), shares[i][0], shares[i][1]);
            out.add(new PoolRegion("R" + i, r.population(), r.survival(), r.fertility(), m));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void netMigrationSumsToZeroOverTheRegionsInEveryCell(long seed) {
        RandomDemography r = new RandomDemography(seed);
        Map<String, ProjectionResult> results =
                PoolMigrationProjection.project(PoolMigrationSpec.of(regions(r, 4, 0.2), 2020, 3));

        for (int k = 0; k < 3; k++) {
            for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
                for (int j = 0; j < r.groups.count(); j++) {
                    double sum = 0;
                    double scale = 0;
                    for (ProjectionResult result : results.values()) {
                        assertThat(result.steps().get(k).wasClamped()).isFalse();
                        sum += result.steps().get(k).migrants().persons(sex, j);
                        scale += Math.abs(result.steps().get(k).migrants().persons(sex, j));
                    }
                    assertThat(sum).isCloseTo(0, within(1e-9 * (1 + scale)));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withoutOutMigrationEachRegionIsItsOwnClosedProjection(long seed) {
        RandomDemography r = new RandomDemography(seed);
        List<PoolRegion> regions = regions(r, 3, 0.3);

        Map<String, ProjectionResult> pooled = PoolMigrationProjection.project(
                PoolMigrationSpec.of(regions, 2020, 2).withMigrationMultiplier(0));

        for (PoolRegion region : regions) {
            ProjectionResult closed = CohortComponentProjection.project(ProjectionSpec.constant(
                    region.base(), 2020, 2, StepAssumptions.closed(region.survival(), region.fertility())));
            assertThat(pooled.get(region.key()).series()).isEqualTo(closed.series());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void outMigrantsLeaveInProportionToTheirRate(long seed) {
        RandomDemography r = new RandomDemography(seed);
        List<PoolRegion> regions = regions(r, 2, 0.2);

        ProjectionStep first = PoolMigrationProjection.project(PoolMigrationSpec.of(regions, 2020, 1))
                .get("R0")
                .steps()
                .get(0);

        PoolRegion r0 = regions.get(0);
        PoolRegion r1 = regions.get(1);
        int j = 6;
        double out0 = r0.migration().outMigrationRate(Sex.F, j)
                * r0.survival().survivalRatio(Sex.F, j)
                * r0.base().persons(Sex.F, j - 1);
        double out1 = r1.migration().outMigrationRate(Sex.F, j)
                * r1.survival().survivalRatio(Sex.F, j)
                * r1.base().persons(Sex.F, j - 1);
        double expected = r0.migration().inMigrationShare(Sex.F, j) * (out0 + out1) - out0;
        assertThat(first.migrants().persons(Sex.F, j)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void rejectsSharesThatDoNotSumToOne() {
        RandomDemography r = new RandomDemography(9);
        List<PoolRegion> regions = new ArrayList<>(regions(r, 2, 0.1));
        regions.remove(1);

        assertThatThrownBy(() -> PoolMigrationSpec.of(regions, 2020, 1)).hasMessageContaining("sum to");
    }
}
