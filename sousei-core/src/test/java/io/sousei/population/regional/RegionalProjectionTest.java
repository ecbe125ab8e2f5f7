package io.sousei.population.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sousei.observation.Sex;
import io.sousei.population.FertilitySchedule;
import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.LifeTable;
import io.sousei.population.MigrationRateConvention;
import io.sousei.population.NetMigrationRates;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.PopulationSeries;
import io.sousei.population.ProjectionMethod;
import io.sousei.population.ProjectionScenario;
import io.sousei.population.SurvivalRatios;
import io.sousei.population.TfrPath;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The regional service on hand-made inputs of two towns: methods, scenarios, national adjustment, change. */
class RegionalProjectionTest {

    static final FiveYearAgeGroups G = FiveYearAgeGroups.OPEN_85;
    static final RegionId A = RegionId.parse("TW:10013010");
    static final RegionId B = RegionId.parse("TW:10013020");

    static SurvivalRatios survival() {
        int[] ages = new int[G.count()];
        double[] m = new double[G.count()];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = 5 * i;
            m[i] = 0.0003 * Math.exp(0.08 * ages[i]);
        }
        return SurvivalRatios.fromLifeTables(
                G, LifeTable.fromCentralDeathRates(ages, m, Sex.M), LifeTable.fromCentralDeathRates(ages, m, Sex.F));
    }

    static RegionInputs region(RegionId id, double scale, double migration) {
        double[] shape = {4, 4, 5, 6, 7, 7, 7, 8, 8, 8, 8, 7, 6, 5, 4, 3, 2, 1};
        double[] p = Arrays.stream(shape).map(v -> v * scale).toArray();
        PopulationBySexAge base = PopulationBySexAge.of(G, p, p);
        double[] rates = new double[G.count()];
        Arrays.fill(rates, 1, rates.length, migration);
        return new RegionInputs(
                id,
                base,
                base,
                SurvivalSchedule.constant(survival()),
                NetMigrationRates.of(G, MigrationRateConvention.ADDITIVE, rates, rates),
                MigrationEstimate.LAST_PERIOD,
                FertilitySchedule.fromAge15(0.005, 0.03, 0.07, 0.06, 0.03, 0.005, 0.0005),
                base.childWomanRatio(),
                105);
    }

    static CountryInputs inputs() {
        Map<RegionId, RegionInputs> regions = new TreeMap<>();
        regions.put(A, region(A, 1000, 0.01));
        regions.put(B, region(B, 300, -0.02));
        return new CountryInputs(
                Country.TW, 2017, G, region(RegionId.nation(Country.TW), 1300, 0), regions, FertilityTrend.CONSTANT);
    }

    static RegionalProjectionSpec spec(ProjectionMethod m, ProjectionScenario s, boolean adjust) {
        return new RegionalProjectionSpec(Country.TW, List.of(), m, 2017, 2047, s, adjust);
    }

    @Test
    void every_method_keeps_the_base_year_and_one_population_per_step() {
        for (ProjectionMethod m : List.of(
                ProjectionMethod.IPSS_MUNICIPAL, ProjectionMethod.COHORT_COMPONENT, ProjectionMethod.HAMILTON_PERRY)) {
            RegionalProjectionResult r =
                    RegionalProjection.project(inputs(), spec(m, ProjectionScenario.BASELINE, false));
            assertThat(r.series()).containsOnlyKeys(A, B);
            assertThat(r.getSeries(A).listYears()).containsExactly(2017, 2022, 2027, 2032, 2037, 2042, 2047);
            assertThat(r.getSeries(A).totalPersons(2017))
                    .isEqualTo(inputs().getRegion(A).base().totalPersons());
        }
    }

    @Test
    void migration_lifts_the_gaining_town_above_its_closed_population_and_sinks_the_losing_one() {
        var open = RegionalProjection.project(
                inputs(), spec(ProjectionMethod.IPSS_MUNICIPAL, ProjectionScenario.BASELINE, false));
        var closed = RegionalProjection.project(
                inputs(), spec(ProjectionMethod.IPSS_MUNICIPAL, ProjectionScenario.CLOSED, false));
        assertThat(open.getSeries(A).totalPersons(2047))
                .isGreaterThan(closed.getSeries(A).totalPersons(2047));
        assertThat(open.getSeries(B).totalPersons(2047))
                .isLessThan(closed.getSeries(B).totalPersons(2047));
    }

    @Test
    void a_higher_tfr_target_gives_more_children_and_the_same_elderly() {
        var base = RegionalProjection.project(
                inputs(), spec(ProjectionMethod.COHORT_COMPONENT, ProjectionScenario.BASELINE, false));
        var high = RegionalProjection.project(
                inputs(),
                spec(ProjectionMethod.COHORT_COMPONENT, ProjectionScenario.of(TfrPath.linearTo(2.1, 2030), 1), false));
        PopulationBySexAge b = base.getSeries(A).getPopulation(2047);
        PopulationBySexAge h = high.getSeries(A).getPopulation(2047);
        assertThat(h.youngPersons()).isGreaterThan(1.3 * b.youngPersons());
        assertThat(h.elderlyPersons()).isCloseTo(b.elderlyPersons(), within(1e-6));
    }

    @Test
    void the_adjusted_towns_add_up_to_the_nation_in_every_cell() {
        var adjusted = RegionalProjection.project(
                inputs(), spec(ProjectionMethod.IPSS_MUNICIPAL, ProjectionScenario.BASELINE, true));
        PopulationSeries nation = RegionalProjection.project(
                inputs().nation(),
                FertilityTrend.CONSTANT,
                spec(ProjectionMethod.IPSS_MUNICIPAL, ProjectionScenario.BASELINE, false));
        for (int year : nation.listYears()) {
            for (int j = 0; j < G.count(); j++) {
                double sum = adjusted.getSeries(A).getPopulation(year).persons(Sex.F, j)
                        + adjusted.getSeries(B).getPopulation(year).persons(Sex.F, j);
                assertThat(sum).isCloseTo(nation.getPopulation(year).persons(Sex.F, j), within(1e-6));
            }
        }
    }

    @Test
    void a_spec_refuses_horizons_off_the_five_year_grid_and_scenarios_hamilton_perry_cannot_separate() {
        assertThatThrownBy(() -> new RegionalProjectionSpec(
                        Country.TW,
                        List.of(),
                        ProjectionMethod.IPSS_MUNICIPAL,
                        2017,
                        2030,
                        ProjectionScenario.BASELINE,
                        false))
                .hasMessageContaining("5, 10");
        assertThatThrownBy(() -> spec(ProjectionMethod.HAMILTON_PERRY, ProjectionScenario.CLOSED, false))
                .hasMessageContaining("Hamilton–Perry");
        assertThatThrownBy(() -> ProjectionOptions.scenario(2.1, null, null, 2017))
                .hasMessageContaining("together");
        assertThatThrownBy(() -> ProjectionOptions.scenario(null, null, -1.0, 2017))
                .hasMessageContaining("0");
    }

    @Test
    void the_women_screen_follows_the_2024_report_thresholds() {
        assertThat(SustainabilityClass.of(-0.5, -0.6)).isEqualTo(SustainabilityClass.POSSIBLE_EXTINCTION);
        assertThat(SustainabilityClass.of(-0.3, -0.55)).isEqualTo(SustainabilityClass.BLACK_HOLE);
        assertThat(SustainabilityClass.of(-0.1, -0.19)).isEqualTo(SustainabilityClass.SELF_SUSTAINING);
        assertThat(SustainabilityClass.of(-0.1, -0.3)).isEqualTo(SustainabilityClass.OTHER);
        WomenChange w = PopulationChangeAnalysis.womenChange(inputs().getRegion(B), FertilityTrend.CONSTANT, 2017);
        assertThat(w.toYear()).isEqualTo(2047);
        assertThat(w.changeRateWithMigration()).isLessThan(w.changeRateClosed());
    }

    @Test
    void cohort_comparison_of_two_identical_counts_finds_the_deaths_as_out_migration_of_nobody() {
        RegionInputs r = inputs().getRegion(A);
        PeriodChange c = PopulationChangeAnalysis.periodChange(r, 2017, survival());
        assertThat(c.totalChangePersons()).isZero();
        assertThat(c.socialChangePersons() + c.naturalChangeAndChildrenPersons())
                .isCloseTo(0, within(1e-9));
        assertThat(c.netMigrationBySexAge()).hasSize(2 * (G.count() - 1));
    }

    @Test
    void geometric_interpolation_inside_a_step_meets_both_ends() {
        PopulationBySexAge from = inputs().getRegion(A).base();
        PopulationBySexAge to = inputs().getRegion(B).base();
        assertThat(Backtest.interpolate(from, to, 0)).isEqualTo(from);
        assertThat(Backtest.interpolate(from, to, 1).totalPersons()).isCloseTo(to.totalPersons(), within(1e-6));
        double half = Backtest.interpolate(from, to, 0.5).persons(Sex.F, 3);
        assertThat(half).isCloseTo(Math.sqrt(from.persons(Sex.F, 3) * to.persons(Sex.F, 3)), within(1e-9));
    }
}
