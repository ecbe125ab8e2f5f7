package io.sousei.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sousei.observation.Sex;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LifeTableTest {

    @Test
    void theOpenGroupLivesTheInverseOfItsDeathRate() {
        LifeTable table =
                LifeTable.fromCentralDeathRates(new int[] {0, 5}, new double[] {0.01, 0.04}, new double[] {2.5, 0}, 1);

        assertThat(table.lifeExpectancyAt(5)).isCloseTo(25.0, within(1e-12));
    }

    @Test
    void followsTheTextbookRecurrenceOnAHandComputedTable() {
        // q = n·m/(1 + (n − a)·m); l' = l(1 − q); L = n·l' + a·d; open L = l/m
        LifeTable table = LifeTable.fromCentralDeathRates(
                new int[] {0, 1, 5, 10},
                new double[] {0.02, 0.002, 0.001, 0.05},
                new double[] {0.3, 1.5, 2.5, 0},
                100_000);
        double q0 = 0.02 / (1 + 0.7 * 0.02);
        double l1 = 100_000 * (1 - q0);
        double q1 = 4 * 0.002 / (1 + 2.5 * 0.002);
        double l5 = l1 * (1 - q1);
        double q5 = 5 * 0.001 / (1 + 2.5 * 0.001);
        double l10 = l5 * (1 - q5);
        double bigL = l1 + 0.3 * (100_000 - l1) + 4 * l5 + 1.5 * (l1 - l5) + 5 * l10 + 2.5 * (l5 - l10) + l10 / 0.05;

        assertThat(table.survivorsAt(10)).isCloseTo(l10, within(1e-9));
        assertThat(table.personYearsAbove(0)).isCloseTo(bigL, within(1e-6));
        assertThat(table.lifeExpectancyAt(0)).isCloseTo(bigL / 100_000, within(1e-12));
    }

    @Test
    void aConstantDeathRateGivesALifeExpectancyNearItsInverse() {
        double[] m = new double[101];
        Arrays.fill(m, 0.02);

        LifeTable table = LifeTable.fromSingleYearCentralDeathRates(m, Sex.F);

        assertThat(table.lifeExpectancyAt(0)).isCloseTo(50, within(0.05));
        assertThat(table.lifeExpectancyAt(40)).isCloseTo(50, within(1e-3));
    }

    @Test
    void theInfantSeparationFactorFollowsCoaleAndDemeny() {
        LifeTable boys = LifeTable.fromCentralDeathRates(new int[] {0, 1}, new double[] {0.05, 0.1}, Sex.M);
        double a0 = 0.045 + 2.684 * 0.05;
        double q0 = 0.05 / (1 + (1 - a0) * 0.05);

        assertThat(boys.personYearsLived(0, 1)).isCloseTo(100_000 * (1 - q0) + a0 * 100_000 * q0, within(1e-9));
    }

    @Test
    void collapsingSingleYearRatesKeepsTheLifeTableAtTheGroupBounds() {
        double[] m = new double[101];
        for (int x = 0; x <= 100; x++) {
            m[x] = x == 0 ? 0.004 : Math.min(0.6, 0.0001 * Math.exp(0.09 * x));
        }
        LifeTable single = LifeTable.fromSingleYearCentralDeathRates(m, Sex.F);
        FiveYearAgeGroups g = FiveYearAgeGroups.OPEN_85;

        double[] five = single.centralDeathRates(g);

        for (int j = 0; j < g.openGroup(); j++) {
            int x = g.lowerBoundYears(j);
            assertThat(five[j] * single.personYearsLived(x, x + 5))
                    .isCloseTo(single.survivorsAt(x) - single.survivorsAt(x + 5), within(1e-6));
            if (x > 0) {
                assertThat(five[j])
                        .as("rates rise with age, so the group rate lies between its ends")
                        .isBetween(m[x], m[x + 4]);
            }
        }
        assertThat(five[g.openGroup()] * single.personYearsAbove(85)).isCloseTo(single.survivorsAt(85), within(1e-6));
    }

    @Test
    void survivalRatiosUseTheOpenGroupRatioOfPersonYearsAbove() {
        double[] m = new double[91];
        for (int x = 0; x <= 90; x++) {
            m[x] = 0.0005 * Math.exp(0.08 * x);
        }
        LifeTable t = LifeTable.fromSingleYearCentralDeathRates(m, Sex.M);
        FiveYearAgeGroups g = FiveYearAgeGroups.OPEN_85;

        SurvivalRatios s = SurvivalRatios.fromLifeTables(g, t, t);

        assertThat(s.birthSurvivalRatio(Sex.M)).isCloseTo(t.personYearsLived(0, 5) / (5 * t.radix()), within(1e-15));
        assertThat(s.survivalRatio(Sex.M, 3))
                .isCloseTo(t.personYearsLived(15, 20) / t.personYearsLived(10, 15), within(1e-15));
        assertThat(s.survivalRatio(Sex.F, g.openGroup()))
                .isCloseTo(t.personYearsAbove(85) / t.personYearsAbove(80), within(1e-15));
    }

    @Test
    void rejectsAnOpenGroupWithoutDeaths() {
        assertThatThrownBy(() -> LifeTable.fromCentralDeathRates(new int[] {0, 5}, new double[] {0.01, 0}, Sex.F))
                .hasMessageContaining("open age group");
    }
}
