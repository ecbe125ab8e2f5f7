package io.sousei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Ishigami function's Sobol indices in closed form (METHODS §3.3), a = 7, b = 0.1. */
class SobolAnalysisTest {

    static final double[] FIRST = {0.313905, 0.442411, 0};
    static final double[] TOTAL = {0.557589, 0.442411, 0.243684};
    static final double VARIANCE = 13.8446;

    static double ishigami(double[] u) {
        double x1 = Math.PI * (2 * u[0] - 1);
        double x2 = Math.PI * (2 * u[1] - 1);
        double x3 = Math.PI * (2 * u[2] - 1);
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void saltelliEstimatesMatchTheIshigamiClosedForm() {
        SobolResult result = SobolAnalysis.estimate(
                List.of("x1", "x2", "x3"), SobolAnalysisTest::ishigami, new SobolSpec(1 << 15, 42));
        assertThat(result.modelRuns()).isEqualTo((1 << 15) * 5);
        assertThat(result.outputVariance()).isCloseTo(VARIANCE, within(0.3));
        for (int i = 0; i < 3; i++) {
            assertThat(result.indices().get(i).firstOrder()).as("S%d", i + 1).isCloseTo(FIRST[i], within(0.03));
            assertThat(result.indices().get(i).total()).as("ST%d", i + 1).isCloseTo(TOTAL[i], within(0.03));
        }
    }

    @Test
    void theSameSeedGivesTheSameIndices() {
        var spec = new SobolSpec(256, 7);
        var factors = List.of("x1", "x2", "x3");
        assertThat(SobolAnalysis.estimate(factors, SobolAnalysisTest::ishigami, spec))
                .isEqualTo(SobolAnalysis.estimate(factors, SobolAnalysisTest::ishigami, spec));
    }
}
