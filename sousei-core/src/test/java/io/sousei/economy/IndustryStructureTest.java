package io.sousei.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Location quotients, specialisation, diversity and shift-share: hand-computed cases and invariants. */
class IndustryStructureTest {

    private static final Random SEEDS = new Random(42L);

    @Test
    void locationQuotientOfAHandComputedRegion() {
        IndustryMix region = mix("r", Map.of("A", 30.0, "C", 70.0));
        IndustryMix nation = mix("N", Map.of("A", 10.0, "C", 90.0));
        Map<String, OptionalDouble> lq = IndustryStructureAnalysis.locationQuotients(region, nation);
        assertThat(lq.get("A").orElseThrow()).isCloseTo(3.0, within(1e-12));
        assertThat(lq.get("C").orElseThrow()).isCloseTo(0.7 / 0.9, within(1e-12));
        assertThat(IndustryStructureAnalysis.krugmanIndex(region, nation)).isCloseTo(0.4, within(1e-12));
        assertThat(IndustryStructureAnalysis.herfindahlIndex(region)).isCloseTo(0.58, within(1e-12));
    }

    @Test
    void productivityAndItsSpecialisation() {
        var regional = IndustryStructureAnalysis.labourProductivity(
                mix("r", Map.of("E", 600.0)), mix("r", Map.of("E", 100.0)));
        var national = IndustryStructureAnalysis.labourProductivity(
                mix("N", Map.of("E", 4000.0)), mix("N", Map.of("E", 1000.0)));
        assertThat(regional.get("E")).isEqualTo(6.0);
        assertThat(IndustryStructureAnalysis.productivitySpecialisation(regional, national)
                        .get("E"))
                .isEqualTo(1.5);
    }

    @RepeatedTest(40)
    void theNationsQuotientsAreOneAndTheIndicesStayInBounds() {
        Random random = new Random(SEEDS.nextLong());
        int n = 1 + random.nextInt(19);
        IndustryMix nation = randomMix(random, n, "N");
        IndustryMix region = randomMix(random, n, "r");
        IndustryStructureAnalysis.locationQuotients(nation, nation)
                .values()
                .forEach(q -> q.ifPresent(v -> assertThat(v).isCloseTo(1.0, within(1e-12))));
        assertThat(IndustryStructureAnalysis.krugmanIndex(nation, nation)).isCloseTo(0.0, within(1e-12));
        assertThat(IndustryStructureAnalysis.krugmanIndex(region, nation)).isBetween(0.0, 2.0);
        double h = IndustryStructureAnalysis.herfindahlIndex(region);
        long nonZero = region.amounts().values().stream().filter(v -> v > 0).count();
        assertThat(h).isBetween(1.0 / nonZero - 1e-12, 1.0 + 1e-12);
        // the employment-weighted mean of a region's LQs against the nation is the region's share ratio sum: Σ s_iN
        // LQ_i = 1
        double weighted = 0;
        for (var e : IndustryStructureAnalysis.locationQuotients(region, nation).entrySet()) {
            weighted += nation.share(e.getKey()) * e.getValue().orElse(0.0);
        }
        assertThat(weighted).isCloseTo(1.0, within(1e-9));
    }

    @RepeatedTest(40)
    void shiftSharePartsSumToTheChange() {
        Random random = new Random(SEEDS.nextLong());
        int n = 1 + random.nextInt(19);
        List<ShiftShareComponents> parts = ShiftShare.decompose(
                randomMix(random, n, "r"),
                randomMix(random, n, "r"),
                randomMix(random, n, "N"),
                randomMix(random, n, "N"));
        for (ShiftShareComponents p : parts) {
            assertThat(p.nationalShare() + p.industryMix() + p.regionalShift()).isCloseTo(p.change(), within(1e-9));
        }
    }

    @Test
    void shiftShareOfAHandComputedCase() {
        // nation grows 10 %, industry A nationally 20 %, A in the region 50 %
        var parts = ShiftShare.decompose(
                mix("r", Map.of("A", 100.0)), mix("r", Map.of("A", 150.0)),
                mix("N", Map.of("A", 500.0, "B", 500.0)), mix("N", Map.of("A", 600.0, "B", 500.0)));
        ShiftShareComponents a = parts.getFirst();
        assertThat(a.nationalShare()).isCloseTo(10.0, within(1e-9));
        assertThat(a.industryMix()).isCloseTo(10.0, within(1e-9));
        assertThat(a.regionalShift()).isCloseTo(30.0, within(1e-9));
    }

    private static IndustryMix randomMix(Random random, int n, String region) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(Character.toString('A' + i), 1.0 + random.nextInt(1000));
        }
        return mix(region, m);
    }

    private static IndustryMix mix(String region, Map<String, Double> amounts) {
        return new IndustryMix(region, "2021", "persons", new java.util.TreeMap<>(amounts));
    }
}
