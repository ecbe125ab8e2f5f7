package io.sousei.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sousei.observation.Sex;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Randomized identities of the cohort-component projection (METHODS §1.8, §6). */
class CohortComponentInvariantsTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cohortsBalanceSurvivorsNewbornsAndMigrantsInEveryCell(long seed) {
        ProjectionResult result = CohortComponentProjection.project(new RandomDemography(seed).projection(4));

        for (ProjectionStep step : result.steps()) {
            FiveYearAgeGroups g = step.end().ageGroups();
            for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
                double newborns = sex == Sex.M
                        ? step.newborns().malePersons()
                        : step.newborns().femalePersons();
                for (int j = 0; j < g.count(); j++) {
                    double parts = step.survivors().persons(sex, j)
                            + (j == 0 ? newborns : 0)
                            + step.migrants().persons(sex, j)
                            + step.clampAdditions().persons(sex, j);
                    assertThat(step.end().persons(sex, j)).isCloseTo(parts, within(1e-9 * (1 + parts)));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void survivorsAreTheStartCohortTimesItsSurvivalRatio(long seed) {
        ProjectionSpec spec = new RandomDemography(seed).projection(1);
        ProjectionStep step = CohortComponentProjection.project(spec).steps().get(0);
        SurvivalRatios s = spec.steps().get(0).survival();
        FiveYearAgeGroups g = spec.base().ageGroups();

        for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
            assertThat(step.survivors().persons(sex, 0)).isZero();
            for (int j = 1; j < g.openGroup(); j++) {
                assertThat(step.survivors().persons(sex, j))
                        .isCloseTo(s.survivalRatio(sex, j) * spec.base().persons(sex, j - 1), within(1e-9));
            }
            double lastTwo =
                    spec.base().persons(sex, g.openGroup() - 1) + spec.base().persons(sex, g.openGroup());
            assertThat(step.survivors().persons(sex, g.openGroup()))
                    .isCloseTo(s.survivalRatio(sex, g.openGroup()) * lastTwo, within(1e-9));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void birthsUseTheMeanOfTheWomenAtTheStartAndEndAndSplitBySexRatio(long seed) {
        RandomDemography r = new RandomDemography(seed);
        ProjectionSpec spec = ProjectionSpec.constant(
                r.population(),
                2020,
                1,
                new StepAssumptions(
                        r.survival(),
                        r.fertility(),
                        MigrationAssumption.rates(r.netMigrationRates(MigrationRateConvention.ADDITIVE))));
        ProjectionStep step = CohortComponentProjection.project(spec).steps().get(0);
        FertilitySchedule f = spec.steps().get(0).fertility();

        double expected = 0;
        for (int x = 15; x < 50; x += 5) {
            int j = x / 5;
            expected +=
                    5 * f.asfr(x) * (spec.base().persons(Sex.F, j) + step.end().persons(Sex.F, j)) / 2;
        }
        PersonsBySex births = step.births().orElseThrow();
        assertThat(births.totalPersons()).isCloseTo(expected, within(1e-6));
        assertThat(births.malePersons() / births.femalePersons())
                .isCloseTo(f.sexRatioAtBirthMalesPerFemale(), within(1e-12));
        assertThat(step.newborns().femalePersons())
                .isCloseTo(
                        births.femalePersons() * spec.steps().get(0).survival().birthSurvivalRatio(Sex.F),
                        within(1e-9));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withoutDeathsBirthsOrMigrationThePopulationOnlyAges(long seed) {
        RandomDemography r = new RandomDemography(seed);
        PopulationBySexAge base = r.population();
        FiveYearAgeGroups g = base.ageGroups();
        StepAssumptions ageing = StepAssumptions.closed(SurvivalRatios.none(g), FertilitySchedule.none());

        PopulationBySexAge end = CohortComponentProjection.project(ProjectionSpec.constant(base, 2020, 1, ageing))
                .finalPopulation();

        for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
            assertThat(end.persons(sex, 0)).isZero();
            for (int j = 1; j < g.openGroup(); j++) {
                assertThat(end.persons(sex, j)).isEqualTo(base.persons(sex, j - 1));
            }
            assertThat(end.persons(sex, g.openGroup()))
                    .isEqualTo(base.persons(sex, g.openGroup() - 1) + base.persons(sex, g.openGroup()));
        }
        assertThat(end.totalPersons()).isCloseTo(base.totalPersons(), within(1e-6));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aMigrationMultiplierOfZeroGivesTheClosedProjection(long seed) {
        ProjectionSpec spec = new RandomDemography(seed).projection(5);
        ProjectionSpec closed = spec.withSteps(spec.steps().stream()
                .map(s -> s.withMigration(MigrationAssumption.none()))
                .toList());

        ProjectionResult scaled = CohortComponentProjection.project(ProjectionScenario.CLOSED.applyTo(spec));

        assertThat(scaled.series())
                .isEqualTo(CohortComponentProjection.project(closed).series());
        assertThat(scaled.steps())
                .allSatisfy(s -> assertThat(s.netMigrantsPersons()).isZero());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void populationsStayNonNegativeAndClampingIsRecorded(long seed) {
        RandomDemography r = new RandomDemography(seed);
        PopulationBySexAge small = r.population(0, 500);
        ProjectionSpec spec = ProjectionSpec.constant(
                small,
                2020,
                3,
                new StepAssumptions(r.survival(), r.fertility(), MigrationAssumption.counts(r.netMigrants(2_000))));

        ProjectionResult result = CohortComponentProjection.project(spec);

        for (ProjectionStep step : result.steps()) {
            for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
                for (int j = 0; j < step.end().ageGroups().count(); j++) {
                    assertThat(step.end().persons(sex, j)).isGreaterThanOrEqualTo(0);
                }
            }
        }
        assertThat(result.steps()).anyMatch(ProjectionStep::wasClamped);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aClosedPopulationWithoutBirthsDeclinesEveryStep(long seed) {
        RandomDemography r = new RandomDemography(seed);
        ProjectionSpec spec = ProjectionSpec.constant(
                r.population(), 2020, 8, StepAssumptions.closed(r.survival(), FertilitySchedule.none()));

        PopulationSeries series = CohortComponentProjection.project(spec).series();

        java.util.List<Integer> years = series.listYears();
        for (int i = 1; i < years.size(); i++) {
            assertThat(series.totalPersons(years.get(i))).isLessThan(series.totalPersons(years.get(i - 1)));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void additiveAndMultiplicativeRatesAgreeWhenConvertedByTheSurvivalRatio(long seed) {
        RandomDemography r = new RandomDemography(seed);
        SurvivalRatios s = r.survival();
        NetMigrationRates additive = r.netMigrationRates(MigrationRateConvention.ADDITIVE);
        double[][] converted = new double[2][];
        Sex[] sexes = {Sex.M, Sex.F};
        for (int k = 0; k < 2; k++) {
            converted[k] = additive.netMigrationRates(sexes[k]);
            for (int j = 0; j < converted[k].length; j++) {
                converted[k][j] /= s.survivalRatio(sexes[k], j);
            }
        }
        NetMigrationRates multiplicative =
                NetMigrationRates.of(r.groups, MigrationRateConvention.MULTIPLICATIVE, converted[0], converted[1]);
        PopulationBySexAge base = r.population();
        FertilitySchedule f = r.fertility();

        PopulationBySexAge a = CohortComponentProjection.project(ProjectionSpec.constant(
                        base, 2020, 2, new StepAssumptions(s, f, MigrationAssumption.rates(additive))))
                .finalPopulation();
        PopulationBySexAge m = CohortComponentProjection.project(ProjectionSpec.constant(
                        base, 2020, 2, new StepAssumptions(s, f, MigrationAssumption.rates(multiplicative))))
                .finalPopulation();

        for (int j = 0; j < r.groups.count(); j++) {
            assertThat(m.persons(Sex.T, j)).isCloseTo(a.persons(Sex.T, j), within(1e-7 * (1 + a.persons(Sex.T, j))));
        }
    }
}
