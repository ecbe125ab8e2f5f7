package io.sousei.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sousei.region.RegionId;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Identities every productive table satisfies, on random tables of random size. */
class InputOutputInvariantsTest {

    private static final Random SEEDS = new Random(20150101L);

    static InputOutputTable randomTable(Random random) {
        int n = 2 + random.nextInt(14);
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = 100 + random.nextDouble() * 10_000;
        }
        double[][] z = new double[n][n];
        for (int j = 0; j < n; j++) {
            double share = 0.05 + random.nextDouble() * 0.8; // intermediate share of column j
            double[] weights = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextDouble() < 0.2 ? 0 : random.nextDouble();
                total += weights[i];
            }
            for (int i = 0; i < n; i++) {
                z[i][j] = total == 0 ? 0 : weights[i] / total * share * x[j];
            }
        }
        double[] w = new double[n];
        double[] c = new double[n];
        for (int j = 0; j < n; j++) {
            w[j] = x[j] * 0.1 * random.nextDouble();
            c[j] = random.nextDouble() * 1000;
        }
        return InputOutputTable.of(RegionId.parse("JP:01"), "2015", IoOracles.sectors(n), z, x)
                .withCompensation(new SectorValues(w, "million yen", "random"))
                .withHouseholdConsumption(new SectorValues(c, "million yen", "random"));
    }

    @RepeatedTest(50)
    void leontiefInverseIsTheSumOfThePowersOfA() {
        Random random = new Random(SEEDS.nextLong());
        InputOutputTable table = randomTable(random);
        LeontiefSolution s = InputOutputAnalysis.solve(table, IoModelSpec.CLOSED);
        assertThat(s.hawkinsSimon()).isTrue();
        assertThat(s.baseYearResidualMillionYen()).isLessThan(1e-6);
        double[] f = table.impliedFinalDemandMillionYen();
        RoundByRound rounds = InputOutputAnalysis.roundByRound(s, f, 2_000, 1e-9);
        assertThat(rounds.converged()).isTrue();
        assertThat(rounds.remainderMillionYen()).isCloseTo(0.0, within(1e-5));
        IoMultipliers m = InputOutputAnalysis.multipliers(table, IoModelSpec.CLOSED);
        double backwardSum = 0;
        double forwardSum = 0;
        for (SectorMultipliers sm : m.sectors()) {
            assertThat(sm.outputMultiplier()).isGreaterThanOrEqualTo(1.0);
            assertThat(sm.incomeTypeI().orElse(1.0)).isGreaterThanOrEqualTo(1.0 - 1e-12);
            assertThat(sm.incomeTypeII().orElse(1.0))
                    .isGreaterThanOrEqualTo(sm.incomeTypeI().orElse(1.0) - 1e-12);
            assertThat(sm.valueAddedTypeI().orElse(1.0)).isGreaterThanOrEqualTo(1.0 - 1e-12);
            // value added is derived as output − inputs, so v'L = 1'(I − A)L = 1'
            assertThat(sm.valueAddedMultiplier().orElseThrow()).isCloseTo(1.0, within(1e-9));
            backwardSum += sm.backwardLinkage();
            forwardSum += sm.forwardLinkage();
        }
        assertThat(backwardSum).isCloseTo(m.sectors().size(), within(1e-9));
        assertThat(forwardSum).isCloseTo(m.sectors().size(), within(1e-9));
    }

    @RepeatedTest(30)
    void theRegionalModelNeverExceedsTheClosedOneAndRipplesAddUp() {
        Random random = new Random(SEEDS.nextLong());
        InputOutputTable table = randomTable(random);
        double[] rates = new double[table.size()];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = random.nextDouble();
        }
        IoModelSpec regional = IoModelSpec.regional(SelfSufficiencyRates.given(rates));
        IoMultipliers closed = InputOutputAnalysis.multipliers(table, IoModelSpec.CLOSED);
        IoMultipliers open = InputOutputAnalysis.multipliers(table, regional);
        for (int j = 0; j < table.size(); j++) {
            assertThat(open.sectors().get(j).outputMultiplier())
                    .isBetween(1.0, closed.sectors().get(j).outputMultiplier() + 1e-12);
        }
        RippleResult r = RippleSimulation.simulate(table, RippleSpec.of(regional, Map.of("01", 100.0)));
        assertThat(r.directOutputMillionYen() + r.leakedDemandMillionYen()).isCloseTo(100.0, within(1e-9));
        assertThat(r.directOutputMillionYen()
                        + r.indirectOutputMillionYen()
                        + r.inducedOutputMillionYen().orElseThrow())
                .isCloseTo(r.totalOutputMillionYen(), within(1e-9));
        if (r.directOutputMillionYen() > 0) {
            assertThat(r.rippleMultiplier()).isGreaterThanOrEqualTo(1.0);
        }
    }

    @Test
    void aTableThatProducesLessThanItUsesFailsHawkinsSimon() {
        InputOutputTable t = InputOutputTable.of(
                RegionId.parse("JP"), "2015", IoOracles.sectors(2), new double[][] {{90, 80}, {30, 40}}, new double[] {
                    100, 100
                });
        assertThat(InputOutputAnalysis.solve(t, IoModelSpec.CLOSED).hawkinsSimon())
                .isFalse();
    }

    @Test
    void theRegionalModelRefusesRatesOfTheWrongLength() {
        IoModelSpec spec = IoModelSpec.regional(SelfSufficiencyRates.given(new double[] {0.5}));
        assertThatThrownBy(() -> InputOutputAnalysis.solve(IoOracles.millerBlair(), spec))
                .isInstanceOf(EconomyException.class)
                .hasMessageContaining("2 self-sufficiency rates");
    }

    @Test
    void flqRatesOfTheNationAreOneAndOfARegionAreLabelledEstimates() {
        InputOutputTable nation = IoOracles.germany();
        SelfSufficiencyRates own = SelfSufficiencyEstimates.flq(nation, nation, 0.3);
        assertThat(own.rates()).containsOnly(1.0);
        double[][] half = nation.intermediateFlowsMillionYen();
        double[] x = nation.outputMillionYen().values();
        x[0] *= 0.1;
        for (int j = 1; j < x.length; j++) {
            x[j] *= 0.01;
        }
        InputOutputTable region =
                InputOutputTable.of(RegionId.parse("JP:01"), "1995", nation.sectors(), scale(half, x, nation), x);
        SelfSufficiencyRates r = SelfSufficiencyEstimates.flq(region, nation, 0.3);
        assertThat(r.estimate()).isTrue();
        assertThat(r.get(0)).isEqualTo(1.0); // agriculture is ten times as concentrated
        assertThat(r.get(1)).isLessThan(1.0);
        assertThat(IoModelSpec.regional(r).describe()).contains("ESTIMATED", "FLQ");
    }

    @Test
    void rippleOfMillerBlairInTheClosedModelIsTheLeontiefProduct() {
        RippleResult r = RippleSimulation.simulate(
                IoOracles.millerBlair(), RippleSpec.of(IoModelSpec.CLOSED, Map.of("01", 100.0)));
        assertThat(r.directOutputMillionYen()).isEqualTo(100.0);
        assertThat(r.totalOutputMillionYen()).isCloseTo(151.8152, within(1e-4));
        assertThat(r.rippleMultiplier()).isCloseTo(1.518152, within(1e-6));
        assertThat(r.inducedOutputMillionYen()).isEmpty();
        assertThat(r.absent()).containsKeys("income", "induced");
        assertThat(r.model()).contains("as-is");
    }

    private static double[][] scale(double[][] z, double[] x, InputOutputTable nation) {
        double[][] r = new double[z.length][z.length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < z.length; j++) {
                r[i][j] = z[i][j] * x[j] / nation.outputMillionYen().get(j);
            }
        }
        return r;
    }
}
