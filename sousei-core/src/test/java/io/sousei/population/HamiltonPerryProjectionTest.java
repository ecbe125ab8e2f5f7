package io.sousei.population;

import static org.assertj.core.api.Assertions.assertThat;

import io.sousei.observation.Sex;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HamiltonPerryProjectionTest {

    static LongStream seeds() {
        return LongStream.range(300, 330);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aPopulationThatDidNotChangeStaysTheSame(long seed) {
        PopulationBySexAge census = new RandomDemography(seed).population();

        ProjectionResult result = HamiltonPerryProjection.project(new HamiltonPerrySpec(census, census, 2020, 3));

        IpssMunicipalProjectionTest.assertSamePopulation(result.finalPopulation(), census);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void equalsTheIpssMethodWhoseRatesMadeTheSecondCensus(long seed) {
        RandomDemography r = new RandomDemography(seed);
        IpssStepAssumptions a =
                new IpssStepAssumptions(r.survival(), r.netMigrationRates(MigrationRateConvention.ADDITIVE), 0.19, 104);
        ProjectionResult ipss = IpssMunicipalProjection.project(IpssMunicipalSpec.constant(r.population(), 2010, 3, a));

        ProjectionResult hp = HamiltonPerryProjection.project(
                new HamiltonPerrySpec(ipss.getPopulation(2010), ipss.getPopulation(2015), 2015, 2));

        IpssMunicipalProjectionTest.assertSamePopulation(hp.getPopulation(2025), ipss.getPopulation(2025));
    }

    @Test
    void projectsEachCohortByItsChangeRatioAndChildrenByTheChildWomanRatio() {
        FiveYearAgeGroups g = FiveYearAgeGroups.OPEN_85;
        double[] earlier = new double[g.count()];
        double[] later = new double[g.count()];
        java.util.Arrays.fill(earlier, 100);
        java.util.Arrays.fill(later, 100);
        earlier[2] = 200; // 10–14 in the earlier census
        later[3] = 300; // 15–19 five years later: CCR 1.5
        later[0] = 80;
        PopulationBySexAge t0 = PopulationBySexAge.of(g, earlier, earlier);
        PopulationBySexAge t1 = PopulationBySexAge.of(g, later, later);

        PopulationBySexAge t2 = HamiltonPerryProjection.project(new HamiltonPerrySpec(t0, t1, 2020, 1))
                .finalPopulation();

        assertThat(t2.persons(Sex.F, 3)).isEqualTo(1.5 * later[2]);
        assertThat(t2.persons(Sex.M, 4)).isEqualTo(later[3]);
        assertThat(t2.persons(Sex.F, 0)).isEqualTo(80.0 / t1.womenAged15To49() * t2.womenAged15To49());
    }
}
