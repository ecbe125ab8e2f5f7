package io.sousei.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sousei.observation.Sex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IpssMunicipalProjectionTest {

    static LongStream seeds() {
        return LongStream.range(200, 230);
    }

    /** Two censuses linked by a known survival and an arbitrary later census. */
    static IntercensalPeriod period(RandomDemography r) {
        return new IntercensalPeriod(r.population(), r.population(), r.survival());
    }

    static void assertSamePopulation(PopulationBySexAge actual, PopulationBySexAge expected) {
        for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
            for (int j = 0; j < expected.ageGroups().count(); j++) {
                assertThat(actual.persons(sex, j))
                        .as("%s %s", sex, expected.ageGroups().label(j))
                        .isCloseTo(expected.persons(sex, j), within(1e-9 * (1 + expected.persons(sex, j))));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void continuingAPeriodFromItsEarlierCensusReproducesTheLaterCensus(long seed) {
        RandomDemography r = new RandomDemography(seed);
        IntercensalPeriod p = period(r);
        for (MigrationRateConvention convention : MigrationRateConvention.values()) {
            IpssMunicipalSpec spec =
                    IpssMunicipalSpec.constant(p.earlier(), 2010, 1, IpssStepAssumptions.continuing(p, convention));

            assertSamePopulation(IpssMunicipalProjection.project(spec).getPopulation(2015), p.later());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSeriesWithoutTracesEqualsTheTracedProjectionExactly(long seed) {
        RandomDemography r = new RandomDemography(seed);
        IpssStepAssumptions a = new IpssStepAssumptions(
                r.survival(), r.netMigrationRates(MigrationRateConvention.ADDITIVE), 0.19, 104.8);
        IpssMunicipalSpec spec = IpssMunicipalSpec.constant(r.population(), 2015, 6, a);

        PopulationSeries traced = IpssMunicipalProjection.project(spec).series();
        PopulationSeries light = IpssMunicipalProjection.series(spec);

        assertThat(light.listYears()).isEqualTo(traced.listYears());
        for (int year : traced.listYears()) {
            for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
                assertThat(light.getPopulation(year).personsByAge(sex))
                        .as("%d %s", year, sex)
                        .isEqualTo(traced.getPopulation(year).personsByAge(sex));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void childrenAreTheChildWomanRatioTimesTheProjectedWomenSplitByTheSexRatio(long seed) {
        RandomDemography r = new RandomDemography(seed);
        IpssStepAssumptions a = new IpssStepAssumptions(
                r.survival(), r.netMigrationRates(MigrationRateConvention.ADDITIVE), 0.21, 105.5);

        ProjectionStep step = IpssMunicipalProjection.project(IpssMunicipalSpec.constant(r.population(), 2015, 1, a))
                .steps()
                .get(0);

        PopulationBySexAge end = step.end();
        assertThat(end.persons(Sex.T, 0)).isCloseTo(0.21 * end.womenAged15To49(), within(1e-9));
        assertThat(end.sexRatio0to4MalesPer100Females()).isCloseTo(105.5, within(1e-9));
        assertThat(step.births()).isEmpty();
        assertThat(step.migrants().persons(Sex.T, 0)).isZero();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aChildWomanRatioOfZeroLeavesTheYoungestGroupEmpty(long seed) {
        RandomDemography r = new RandomDemography(seed);
        IpssStepAssumptions a = new IpssStepAssumptions(r.survival(), NetMigrationRates.zero(r.groups), 0, 105);

        PopulationBySexAge end = IpssMunicipalProjection.project(IpssMunicipalSpec.constant(r.population(), 2015, 3, a))
                .finalPopulation();

        assertThat(end.persons(Sex.T, 0)).isZero();
    }

    @Test
    void pooledRatesWeightEachPeriodByItsPopulation() {
        FiveYearAgeGroups g = FiveYearAgeGroups.OPEN_85;
        SurvivalRatios s = SurvivalRatios.none(g);
        double[] small = new double[g.count()];
        double[] big = new double[g.count()];
        java.util.Arrays.fill(small, 100);
        java.util.Arrays.fill(big, 1000);
        PopulationBySexAge p100 = PopulationBySexAge.of(g, small, small);
        double[] plus50 = small.clone();
        java.util.Arrays.fill(plus50, 150);
        PopulationBySexAge p1000 = PopulationBySexAge.of(g, big, big);
        double[] minus50 = big.clone();
        java.util.Arrays.fill(minus50, 950);
        IntercensalPeriod gaining = new IntercensalPeriod(p100, PopulationBySexAge.of(g, plus50, plus50), s);
        IntercensalPeriod losing = new IntercensalPeriod(p1000, PopulationBySexAge.of(g, minus50, minus50), s);

        NetMigrationRates pooled =
                NetMigrationRates.pooledResidual(List.of(gaining, losing), MigrationRateConvention.ADDITIVE);

        assertThat(NetMigrationRates.residual(gaining, MigrationRateConvention.ADDITIVE)
                        .netMigrationRate(Sex.F, 3))
                .isCloseTo(0.5, within(1e-12));
        assertThat(pooled.netMigrationRate(Sex.F, 3)).isCloseTo(0.0, within(1e-12));
        assertThat(pooled.netMigrationRate(Sex.M, 5)).isCloseTo(0.0, within(1e-12));
        // the open group takes 80–84 and 85+ together: (150 − 200) + (950 − 2000) over 200 + 2000
        assertThat(pooled.netMigrationRate(Sex.M, g.openGroup())).isCloseTo((-50.0 - 1050.0) / 2200.0, within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theNationalAdjustmentMakesMunicipalitiesSumToTheNation(long seed) {
        RandomDemography r = new RandomDemography(seed);
        Map<String, PopulationSeries> municipal = new LinkedHashMap<>();
        for (String code : List.of("01100", "01202", "01203")) {
            IpssStepAssumptions a = new IpssStepAssumptions(
                    r.survival(), r.netMigrationRates(MigrationRateConvention.ADDITIVE), 0.2, 105);
            municipal.put(
                    code,
                    IpssMunicipalProjection.project(IpssMunicipalSpec.constant(r.population(), 2015, 3, a))
                            .series());
        }
        Map<Integer, PopulationBySexAge> nationByYear = new LinkedHashMap<>();
        for (int year : municipal.get("01100").listYears()) {
            nationByYear.put(year, r.population(5_000, 60_000));
        }
        PopulationSeries nation = PopulationSeries.of(nationByYear);

        Map<String, PopulationSeries> adjusted = NationalAdjustment.proportional(municipal, nation);

        for (int year : nation.listYears()) {
            for (int j = 0; j < r.groups.count(); j++) {
                double sum = 0;
                for (PopulationSeries s : adjusted.values()) {
                    sum += s.getPopulation(year).persons(Sex.F, j);
                }
                assertThat(sum).isCloseTo(nation.getPopulation(year).persons(Sex.F, j), within(1e-7));
            }
            double rawShare = municipal.get("01202").getPopulation(year).persons(Sex.M, 4)
                    / municipal.get("01100").getPopulation(year).persons(Sex.M, 4);
            double adjustedShare = adjusted.get("01202").getPopulation(year).persons(Sex.M, 4)
                    / adjusted.get("01100").getPopulation(year).persons(Sex.M, 4);
            assertThat(adjustedShare).isCloseTo(rawShare, within(1e-9));
        }
    }

    @Test
    void theNationalAdjustmentRejectsSeriesOfOtherYears() {
        RandomDemography r = new RandomDemography(7);
        PopulationSeries a = PopulationSeries.of(Map.of(2015, r.population(), 2020, r.population()));
        PopulationSeries nation = PopulationSeries.of(Map.of(2015, r.population(), 2025, r.population()));

        assertThatThrownBy(() -> NationalAdjustment.proportional(Map.of("x", a), nation))
                .isInstanceOfSatisfying(PopulationProjectionException.class, e -> assertThat(e.code())
                        .isEqualTo(PopulationErrorCode.POPULATION_NATIONAL_CONTROL_MISMATCH));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aTfrScenarioScalesTheChildWomanRatioByTheTfrRatio(long seed) {
        RandomDemography r = new RandomDemography(seed);
        IpssStepAssumptions a =
                new IpssStepAssumptions(r.survival(), r.netMigrationRates(MigrationRateConvention.ADDITIVE), 0.2, 105);
        IpssMunicipalSpec base = IpssMunicipalSpec.constant(r.population(), 2015, 1, a);
        // reached at once: the first step already has TFR 2.8 against a reference of 1.4
        IpssMunicipalSpec doubled = base.withScenario(ProjectionScenario.of(TfrPath.linearTo(2.8, 2015), 1), 1.4);

        PersonsBySex baseline =
                IpssMunicipalProjection.project(base).steps().get(0).newborns();
        PersonsBySex scenario =
                IpssMunicipalProjection.project(doubled).steps().get(0).newborns();

        assertThat(scenario.totalPersons()).isCloseTo(2 * baseline.totalPersons(), within(1e-9));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aMigrationMultiplierOfZeroRemovesAllMigrants(long seed) {
        RandomDemography r = new RandomDemography(seed);
        IpssStepAssumptions a = new IpssStepAssumptions(
                r.survival(), r.netMigrationRates(MigrationRateConvention.MULTIPLICATIVE), 0.2, 105);
        IpssMunicipalSpec spec =
                IpssMunicipalSpec.constant(r.population(), 2015, 4, a).withScenario(ProjectionScenario.CLOSED, 1.4);

        ProjectionResult closed = IpssMunicipalProjection.project(spec);

        assertThat(closed.steps())
                .allSatisfy(s -> assertThat(s.netMigrantsPersons()).isZero());
        assertThat(closed.steps())
                .allSatisfy(s -> assertThat(s.end().totalPersons() - s.end().persons(Sex.T, 0))
                        .isCloseTo(s.survivors().totalPersons(), within(1e-6)));
    }
}
