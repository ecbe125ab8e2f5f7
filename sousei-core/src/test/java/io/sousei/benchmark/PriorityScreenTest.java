package io.sousei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PriorityScreenTest {

    static final List<PriorityCandidate> FOUR = List.of(
            new PriorityCandidate(Fixtures.region(0), 10_000, 300, -5, 500), // all three criteria
            new PriorityCandidate(Fixtures.region(1), 200_000, 50, -1, 700), // declining only
            new PriorityCandidate(Fixtures.region(2), 15_000, 150, 2, 520), // small and poor
            new PriorityCandidate(Fixtures.region(3), 775_000, 500, Double.NaN, 600)); // missing change

    @Test
    void theDefaultRuleSelectsRegionsMeetingTwoOfThreeCriteria() {
        var result = PriorityScreen.screen(FOUR, PriorityRule.defaults(), Map.of());
        assertThat(result.decisions()).extracting(PriorityDecision::selected).containsExactly(true, false, true, false);
        assertThat(result.decisions().get(3).declining()).isFalse();
    }

    @Test
    void totalsGiveCountPopulationAndLandShares() {
        var totals = PriorityScreen.screen(FOUR, PriorityRule.defaults(), Map.of(Fixtures.region(0), "農山漁村"))
                .totals();
        assertThat(totals.selectedCount()).isEqualTo(2);
        assertThat(totals.regionCount()).isEqualTo(4);
        assertThat(totals.populationShare()).isCloseTo(25_000.0 / 1_000_000, within(1e-12));
        assertThat(totals.landShare()).isCloseTo(450.0 / 1000, within(1e-12));
        assertThat(totals.selectedByType()).containsExactly(Map.entry("農山漁村", 1));
    }

    @Test
    void precisionAndRecallAgainstALabelList() {
        var result = PriorityScreen.screen(FOUR, PriorityRule.defaults(), Map.of());
        var comparison = PriorityScreen.compare(result, Set.of(Fixtures.region(0), Fixtures.region(1)));
        assertThat(comparison).isEqualTo(new LabelComparison(1, 1, 1, 1));
        assertThat(comparison.precision()).isEqualTo(0.5);
        assertThat(comparison.recall()).isEqualTo(0.5);
    }

    @Test
    void aFitToLabelsMadeByAGridRuleRecoversThemExactly() {
        SplittableRandom random = new SplittableRandom(5);
        List<PriorityCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            candidates.add(new PriorityCandidate(
                    Fixtures.region(i),
                    random.nextDouble(1_000, 300_000),
                    random.nextDouble(5, 500),
                    random.nextDouble(-15, 10),
                    random.nextDouble(400, 900)));
        }
        PriorityRule hidden = new PriorityRule(-3, 30_000, 600, 2);
        Set<RegionId> labels = candidates.stream()
                .filter(hidden::selects)
                .map(PriorityCandidate::region)
                .collect(Collectors.toSet());
        RecoveredFit fit = PriorityScreen.fitToLabels(candidates, labels);
        assertThat(fit.comparison().f1()).isGreaterThan(0.95);
        assertThat(fit.note()).contains("not the official rule");
    }
}
