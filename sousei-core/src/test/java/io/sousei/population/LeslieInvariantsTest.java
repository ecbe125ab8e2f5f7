package io.sousei.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sousei.observation.Sex;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Leslie matrix against the cohort-component projection and the stable-population identities. */
class LeslieInvariantsTest {

    static LongStream seeds() {
        return LongStream.range(100, 130);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theLeslieProjectionEqualsTheClosedCohortComponentProjectionOfWomen(long seed) {
        RandomDemography r = new RandomDemography(seed);
        StepAssumptions a = StepAssumptions.closed(r.survival(), r.fertility());
        PopulationBySexAge base = r.population();

        PopulationBySexAge ccm = CohortComponentProjection.project(ProjectionSpec.constant(base, 2020, 1, a))
                .finalPopulation();
        PopulationBySexAge leslie =
                LeslieMatrix.femaleDominant(a.survival(), a.fertility()).projectFemales(base);

        for (int j = 0; j < r.groups.count(); j++) {
            assertThat(leslie.persons(Sex.F, j))
                    .isCloseTo(ccm.persons(Sex.F, j), within(1e-8 * (1 + ccm.persons(Sex.F, j))));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void netMigrantCountsFollowTheHalfAndHalfLeslieForm(long seed) {
        RandomDemography r = new RandomDemography(seed);
        StepAssumptions closed = StepAssumptions.closed(r.survival(), r.fertility());
        PopulationBySexAge base = r.population(5_000, 20_000);
        NetMigrantsBySexAge n = r.netMigrants(500);
        double[] half = n.personsByAge(Sex.F);
        double[] start = base.personsByAge(Sex.F);
        for (int j = 0; j < half.length; j++) {
            half[j] /= 2;
            start[j] += half[j];
        }

        PopulationBySexAge ccm = CohortComponentProjection.project(
                        ProjectionSpec.constant(base, 2020, 1, closed.withMigration(MigrationAssumption.counts(n))))
                .finalPopulation();
        PopulationBySexAge leslie = LeslieMatrix.femaleDominant(closed.survival(), closed.fertility())
                .projectFemales(PopulationBySexAge.femalesOnly(r.groups, start));

        for (int j = 0; j < r.groups.count(); j++) {
            assertThat(ccm.persons(Sex.F, j))
                    .isCloseTo(leslie.persons(Sex.F, j) + half[j], within(1e-7 * (1 + ccm.persons(Sex.F, j))));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aNetReproductionRateOfOneMeansNoGrowth(long seed) {
        RandomDemography r = new RandomDemography(seed);
        SurvivalRatios s = r.survival();
        FertilitySchedule f = r.fertility();
        double nrr = LeslieMatrix.femaleDominant(s, f).netReproductionRate();
        FertilitySchedule replacement = f.scaledToTotalFertilityRate(f.totalFertilityRate() / nrr);

        LeslieMatrix m = LeslieMatrix.femaleDominant(s, replacement);

        assertThat(m.netReproductionRate()).isCloseTo(1, within(1e-12));
        assertThat(m.dominantEigenvalue()).isCloseTo(1, within(1e-10));
        assertThat(m.intrinsicGrowthRatePerYear()).isCloseTo(0, within(1e-10));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void growthHasTheSignOfTheNetReproductionRateMinusOne(long seed) {
        RandomDemography r = new RandomDemography(seed);
        LeslieMatrix m = LeslieMatrix.femaleDominant(r.survival(), r.fertility());

        assertThat(Math.signum(m.dominantEigenvalue() - 1)).isEqualTo(Math.signum(m.netReproductionRate() - 1));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void lotkasRateIsZeroExactlyWhenTheNetReproductionRateIsOne(long seed) {
        RandomDemography r = new RandomDemography(seed);
        LifeTable women = r.lifeTable();
        FertilitySchedule f = r.fertility();
        double nrr = NetMaternitySchedule.of(women, f).netReproductionRate();

        NetMaternitySchedule replacement =
                NetMaternitySchedule.of(women, f.scaledToTotalFertilityRate(f.totalFertilityRate() / nrr));

        assertThat(replacement.netReproductionRate()).isCloseTo(1, within(1e-12));
        assertThat(replacement.intrinsicGrowthRatePerYear()).isCloseTo(0, within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theLeslieEigenvalueAgreesWithLotkasRate(long seed) {
        RandomDemography r = new RandomDemography(seed);
        LifeTable women = r.lifeTable();
        FertilitySchedule f = r.fertility();
        SurvivalRatios s = SurvivalRatios.fromLifeTables(r.groups, women, women);

        double leslie = LeslieMatrix.femaleDominant(s, f).intrinsicGrowthRatePerYear();
        double lotka = NetMaternitySchedule.of(women, f).intrinsicGrowthRatePerYear();

        assertThat(leslie).isCloseTo(lotka, within(1e-3));
    }
}
