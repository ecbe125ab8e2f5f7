package io.sousei.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The engine reproduces the published worked examples of METHODS §2.6 to their printed precision. */
class InputOutputOracleTest {

    @Test
    void millerBlairTwoSectorCoefficientsInverseAndMultipliers() {
        LeontiefSolution s = InputOutputAnalysis.solve(IoOracles.millerBlair(), IoModelSpec.CLOSED);
        double[][] a = s.technicalCoefficients();
        assertThat(a[0]).containsExactly(new double[] {.15, .25}, within(1e-12));
        assertThat(a[1]).containsExactly(new double[] {.2, .05}, within(1e-12));
        assertThat(s.leontiefInverse(0, 0)).isCloseTo(1.254125, within(5e-7));
        assertThat(s.leontiefInverse(0, 1)).isCloseTo(0.330033, within(5e-7));
        assertThat(s.leontiefInverse(1, 0)).isCloseTo(0.264026, within(5e-7));
        assertThat(s.leontiefInverse(1, 1)).isCloseTo(1.122112, within(5e-7));
        assertThat(s.hawkinsSimon()).isTrue();
        assertThat(s.baseYearResidualMillionYen()).isLessThan(1e-9);
        assertThat(s.outputFor(new double[] {600, 1500}))
                .containsExactly(new double[] {1247.525, 1841.584}, within(5e-4));
        IoMultipliers m = InputOutputAnalysis.multipliers(IoOracles.millerBlair(), IoModelSpec.CLOSED);
        assertThat(values(m, SectorMultipliers::outputMultiplier))
                .containsExactly(new double[] {1.518152, 1.452145}, within(5e-7));
    }

    @Test
    void eurostatGermanyMultipliersAndLinkages() {
        InputOutputTable germany = IoOracles.germany();
        LeontiefSolution s = InputOutputAnalysis.solve(germany, IoModelSpec.CLOSED);
        double[] diagonal = new double[6];
        for (int i = 0; i < 6; i++) {
            diagonal[i] = s.leontiefInverse(i, i);
        }
        assertThat(diagonal)
                .containsExactly(new double[] {1.0339, 1.4292, 1.0289, 1.1784, 1.4126, 1.0515}, within(5e-5));
        IoMultipliers m = InputOutputAnalysis.multipliers(germany, IoModelSpec.CLOSED);
        assertThat(values(m, SectorMultipliers::outputMultiplier))
                .containsExactly(new double[] {1.7048, 1.8413, 1.8136, 1.6035, 1.5951, 1.3782}, within(5e-5));
        assertThat(values(m, x -> x.valueAddedMultiplier().orElseThrow()))
                .containsExactly(new double[] {.8450, .7647, .8615, .9019, .9393, .9199}, within(5e-5));
        assertThat(values(m, x -> x.employmentPersonsPerMillionYen().orElseThrow()))
                .containsExactly(new double[] {.0326, .0162, .0207, .0237, .0112, .0242}, within(5e-5));
        assertThat(values(m, SectorMultipliers::backwardLinkage))
                .containsExactly(new double[] {1.0294, 1.1118, 1.0951, 0.9683, 0.9631, 0.8322}, within(5e-5));
        assertThat(values(m, SectorMultipliers::forwardLinkage))
                .containsExactly(new double[] {0.6591, 1.4636, 0.7034, 0.9853, 1.4522, 0.7364}, within(5e-5));
        assertThat(m.notes().get("valueAddedMultiplier")).contains("published");
    }

    @Test
    void netherlandsIncomeEffectsAndTypeOneIncomeMultipliers() {
        IoMultipliers m = InputOutputAnalysis.multipliers(IoOracles.netherlands(), IoModelSpec.CLOSED);
        assertThat(values(m, SectorMultipliers::outputMultiplier))
                .containsExactly(new double[] {1.757, 1.216, 1.615, 1.896, 1.898, 1.487}, within(5e-4));
        assertThat(values(m, x -> x.incomeMultiplier().orElseThrow()))
                .containsExactly(new double[] {.263, .099, .306, .212, .465, .493}, within(5e-4));
        assertThat(values(m, x -> x.incomeTypeI().orElseThrow()))
                .containsExactly(new double[] {2.466, 2.333, 1.840, 2.372, 1.953, 1.417}, within(5e-4));
        for (SectorMultipliers s : m.sectors()) {
            assertThat(s.incomeTypeII().orElseThrow())
                    .isGreaterThan(s.incomeTypeI().orElseThrow());
        }
    }

    @Test
    void aTableWithoutCompensationSaysWhyItHasNoIncomeMultipliers() {
        IoMultipliers m = InputOutputAnalysis.multipliers(IoOracles.millerBlair(), IoModelSpec.CLOSED);
        assertThat(m.sectors().getFirst().incomeMultiplier()).isEmpty();
        assertThat(m.absent()).containsKeys("incomeMultiplier", "incomeTypeII", "employmentPersonsPerMillionYen");
        // value added is derived: 1000 − 350 = 650 and 2000 − 600 = 1400, as Miller & Blair print
        assertThat(m.notes().get("valueAddedMultiplier")).contains("derived");
        assertThat(IoOracles.millerBlair().valueAdded().values()).containsExactly(650, 1400);
    }

    private static double[] values(IoMultipliers m, ToDoubleFunction<SectorMultipliers> f) {
        List<SectorMultipliers> s = m.sectors();
        return s.stream().mapToDouble(f).toArray();
    }
}
