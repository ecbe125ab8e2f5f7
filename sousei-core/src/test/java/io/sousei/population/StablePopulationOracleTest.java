package io.sousei.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Published stable-population measures: PHG Box 7.1 (Egypt) and the Leslie matrix of PHG Box 6.1 (Sweden 1993). */
class StablePopulationOracleTest {

    static final OracleFixture EGYPT = OracleFixture.load("phg-egypt-stable-population.properties");
    static final OracleFixture SWEDEN = SwedenProjectionOracleTest.SWEDEN;

    static NetMaternitySchedule egypt() {
        return NetMaternitySchedule.of(
                (int) EGYPT.number("firstAgeYears"),
                EGYPT.numbers("personYearsLivedPerBirth"),
                EGYPT.numbers("maternityRates"));
    }

    static NetMaternitySchedule sweden() {
        double radix = SWEDEN.number("radix");
        double[] personYears = Arrays.stream(Arrays.copyOfRange(SWEDEN.numbers("personYearsLived"), 3, 10))
                .map(l -> l / radix)
                .toArray();
        double[] maternity = Arrays.stream(SWEDEN.numbers("asfr"))
                .map(f -> f / (1 + SWEDEN.number("sexRatioAtBirth")))
                .toArray();
        return NetMaternitySchedule.of(15, personYears, maternity);
    }

    static LeslieMatrix swedenLeslie() {
        StepAssumptions a = SwedenProjectionOracleTest.swedenClosed(1).steps().get(0);
        return LeslieMatrix.femaleDominant(a.survival(), a.fertility());
    }

    @Test
    void egyptHasThePublishedNetReproductionRate() {
        assertThat(egypt().netReproductionRate()).isCloseTo(EGYPT.number("nrr"), within(5e-7));
    }

    @Test
    void egyptHasThePublishedIntrinsicGrowthRate() {
        assertThat(egypt().intrinsicGrowthRatePerYear()).isCloseTo(EGYPT.number("r"), within(5e-9));
    }

    @Test
    void swedenHasThePublishedNetReproductionRate() {
        assertThat(sweden().netReproductionRate()).isCloseTo(SWEDEN.number("nrr"), within(5e-6));
    }

    @Test
    void swedensLeslieMatrixGrowsByThePublishedFactorPerStep() {
        assertThat(swedenLeslie().dominantEigenvalue()).isCloseTo(SWEDEN.number("lambda"), within(5e-8));
        assertThat(swedenLeslie().intrinsicGrowthRatePerYear()).isCloseTo(SWEDEN.number("r"), within(5e-7));
    }

    @Test
    void theLeslieGrowthRateAgreesWithLotkasForSweden() {
        assertThat(swedenLeslie().intrinsicGrowthRatePerYear())
                .isCloseTo(sweden().intrinsicGrowthRatePerYear(), within(1e-6));
    }

    @Test
    void swedensLeslieMatrixProjectsTheWomenOf1998() {
        PopulationBySexAge base = SwedenProjectionOracleTest.swedenClosed(1).base();
        double[] expected = SWEDEN.numbers("population.1998.rounded");

        double[] women = swedenLeslie().projectFemales(base).personsByAge(io.sousei.observation.Sex.F);

        for (int i = 0; i < expected.length; i++) {
            assertThat(Math.round(women[i])).isEqualTo((long) expected[i]);
        }
    }
}
