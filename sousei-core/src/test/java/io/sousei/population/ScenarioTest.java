package io.sousei.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioTest {

    static LongStream seeds() {
        return LongStream.range(500, 515);
    }

    static ProjectionSpec withMigration(RandomDemography r, int steps) {
        return ProjectionSpec.constant(
                r.population(),
                2020,
                steps,
                new StepAssumptions(
                        r.survival(),
                        r.fertility(),
                        MigrationAssumption.rates(r.netMigrationRates(MigrationRateConvention.ADDITIVE))));
    }

    @Test
    void aTfrPathMovesLinearlyToItsTargetAndStaysThere() {
        TfrPath path = TfrPath.linearTo(2.07, 2040);

        assertThat(path.tfrAt(2020, 1.3, 2020)).isEqualTo(1.3);
        assertThat(path.tfrAt(2030, 1.3, 2020)).isCloseTo(1.685, within(1e-12));
        assertThat(path.tfrAt(2050, 1.3, 2020)).isEqualTo(2.07);
        assertThat(path.tfrOfStep(2020, 1.3, 2020)).isCloseTo(1.3 + 0.77 * 2.5 / 20, within(1e-12));
        assertThat(new TfrPath(2.07, 2040, TfrPath.StepTiming.END).tfrOfStep(2035, 1.3, 2020))
                .isEqualTo(2.07);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aScenarioScalesAsfrToThePathKeepingTheirShape(long seed) {
        ProjectionSpec base = withMigration(new RandomDemography(seed), 6);
        FertilitySchedule first = base.steps().get(0).fertility();

        ProjectionSpec scenario =
                ProjectionScenario.of(TfrPath.linearTo(2.1, 2035), 1).applyTo(base);

        FertilitySchedule step2 = scenario.steps().get(2).fertility();
        double expected = first.totalFertilityRate() + (2.1 - first.totalFertilityRate()) * 12.5 / 15;
        assertThat(step2.totalFertilityRate()).isCloseTo(expected, within(1e-12));
        assertThat(step2.asfr(30) / step2.asfr(20)).isCloseTo(first.asfr(30) / first.asfr(20), within(1e-12));
        assertThat(scenario.steps().get(5).fertility().totalFertilityRate()).isCloseTo(2.1, within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theReverseTfrSolverRecoversTheTfrThatMadeThePopulation(long seed) {
        ProjectionSpec base = withMigration(new RandomDemography(seed), 8);
        double truth = 1.0 + (seed % 7) * 0.2;
        double reached = CohortComponentProjection.project(
                        ProjectionScenario.of(TfrPath.linearTo(truth, 2040), 1).applyTo(base))
                .getPopulation(2060)
                .totalPersons();

        SolvedScenario solved =
                ScenarioSolver.targetTfr(base, new TargetPopulation(2060, reached), 2040, 1, SearchBracket.TFR);

        assertThat(solved.parameterValue()).isCloseTo(truth, within(1e-8));
        assertThat(solved.achievedPersons()).isCloseTo(reached, within(1e-6 * reached));
        assertThat(solved.result().getPopulation(2060).totalPersons()).isEqualTo(solved.achievedPersons());
    }

    /** Net migration of one sign in every cell, so that the population is monotone in the multiplier. */
    static ProjectionSpec withOneSignedMigration(RandomDemography r, int steps, double sign) {
        double[] m = java.util.Arrays.stream(r.rates(0.1))
                .map(v -> sign * Math.abs(v))
                .toArray();
        double[] f = java.util.Arrays.stream(r.rates(0.1))
                .map(v -> sign * Math.abs(v))
                .toArray();
        NetMigrationRates rates = NetMigrationRates.of(r.groups, MigrationRateConvention.ADDITIVE, m, f);
        return ProjectionSpec.constant(
                r.population(),
                2020,
                steps,
                new StepAssumptions(r.survival(), r.fertility(), MigrationAssumption.rates(rates)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theReverseMigrationSolverReachesItsTarget(long seed) {
        ProjectionSpec base = withOneSignedMigration(new RandomDemography(seed), 4, seed % 2 == 0 ? 1 : -1);
        double closed = CohortComponentProjection.project(ProjectionScenario.CLOSED.applyTo(base))
                .getPopulation(2040)
                .totalPersons();
        double asAssumed =
                CohortComponentProjection.project(base).getPopulation(2040).totalPersons();
        double target = (closed + asAssumed) / 2;

        SolvedScenario solved = ScenarioSolver.migrationMultiplier(
                base, new TargetPopulation(2040, target), Optional.empty(), SearchBracket.MIGRATION_MULTIPLIER);

        assertThat(solved.achievedPersons()).isCloseTo(target, within(1e-9 * target));
        assertThat(solved.parameterValue()).isBetween(0.0, 1.0);
    }

    @Test
    void anUnreachableTargetIsRejectedWithItsCode() {
        ProjectionSpec base = withMigration(new RandomDemography(3), 4);
        double today = base.base().totalPersons();

        assertThatThrownBy(() -> ScenarioSolver.targetTfr(
                        base, new TargetPopulation(2040, 100 * today), 2030, 1, SearchBracket.TFR))
                .isInstanceOfSatisfying(PopulationProjectionException.class, e -> assertThat(e.code())
                        .isEqualTo(PopulationErrorCode.POPULATION_TARGET_OUT_OF_REACH));
    }

    @Test
    void theTargetYearMustBeAProjectedYear() {
        ProjectionSpec base = withMigration(new RandomDemography(4), 4);

        assertThatThrownBy(() ->
                        ScenarioSolver.targetTfr(base, new TargetPopulation(2042, 1000), 2030, 1, SearchBracket.TFR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025");
    }
}
