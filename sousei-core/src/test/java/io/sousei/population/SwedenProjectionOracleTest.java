package io.sousei.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sousei.observation.Sex;
import org.junit.jupiter.api.Test;

/** Preston, Heuveline &amp; Guillot (2001) Box 6.1: Swedish women 1993, projected closed to 1998 and 2003. */
class SwedenProjectionOracleTest {

    static final OracleFixture SWEDEN = OracleFixture.load("phg-sweden-1993-female.properties");
    static final FiveYearAgeGroups GROUPS = new FiveYearAgeGroups((int) SWEDEN.number("openAgeYears"));

    static ProjectionSpec swedenClosed(int steps) {
        PopulationBySexAge base = PopulationBySexAge.femalesOnly(GROUPS, SWEDEN.numbers("population.1993"));
        double[] personYears = SWEDEN.numbers("personYearsLived");
        SurvivalRatios survival =
                SurvivalRatios.fromPersonYearsLived(GROUPS, SWEDEN.number("radix"), personYears, personYears);
        FertilitySchedule fertility =
                FertilitySchedule.of(15, SWEDEN.numbers("asfr"), SWEDEN.number("sexRatioAtBirth"));
        return ProjectionSpec.constant(base, 1993, steps, StepAssumptions.closed(survival, fertility));
    }

    @Test
    void projectsEachAgeGroupOf1998ToThePublishedPerson() {
        PopulationBySexAge women1998 =
                CohortComponentProjection.project(swedenClosed(1)).getPopulation(1998);

        double[] expected = SWEDEN.numbers("population.1998.rounded");
        for (int i = 0; i < expected.length; i++) {
            assertThat(Math.round(women1998.persons(Sex.F, i)))
                    .as("women %s in 1998", GROUPS.label(i))
                    .isEqualTo((long) expected[i]);
        }
    }

    @Test
    void reproducesThe1998TotalAndTheBirthsOfThePeriod() {
        ProjectionStep step =
                CohortComponentProjection.project(swedenClosed(1)).steps().get(0);

        assertThat(step.end().totalPersons(Sex.F)).isCloseTo(SWEDEN.number("total.1998"), within(0.005));
        PersonsBySex births = step.births().orElseThrow();
        assertThat(births.totalPersons()).isCloseTo(SWEDEN.number("births.1993-1998.bothSexes"), within(0.05));
        assertThat(births.femalePersons()).isCloseTo(SWEDEN.number("births.1993-1998.female"), within(0.05));
    }

    @Test
    void reproducesThe2003TotalAfterTwoSteps() {
        PopulationBySexAge women2003 =
                CohortComponentProjection.project(swedenClosed(2)).getPopulation(2003);

        assertThat(Math.round(women2003.totalPersons(Sex.F))).isEqualTo((long) SWEDEN.number("total.2003.rounded"));
    }

    @Test
    void theScheduleHasThePublishedTotalFertilityRate() {
        assertThat(swedenClosed(1).steps().get(0).fertility().totalFertilityRate())
                .isCloseTo(SWEDEN.number("tfr"), within(1e-12));
    }
}
