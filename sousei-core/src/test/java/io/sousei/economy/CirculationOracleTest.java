package io.sousei.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sousei.region.RegionId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 長野県 (RESAS, 2010 data, METHODS §2.2): the circuit closes exactly and the rate is 92.9 %. */
class CirculationOracleTest {

    @Test
    void naganoCircuitClosesAndItsRateIsThePublishedOne() {
        double grp = 42_797 + 38_046;
        RegionalCirculation c = CirculationAnalysis.account(
                RegionId.parse("JP:20"),
                "2010",
                Map.of("compensation_workplace", 42_797.0, "other_income_workplace", 38_046.0),
                grp + 98 + 6_047,
                Map.of(),
                List.of(
                        new ExpenditureItem("private_consumption", 48_521 + 1_417, 48_521),
                        new ExpenditureItem("private_investment", 10_989 + 3_143, 10_989),
                        new ExpenditureItem("other", 21_333 + 1_585, 21_333)),
                Map.of(),
                Map.of());
        assertThat(c.productionMillionYen()).isEqualTo(80_843);
        assertThat(c.incomeMillionYen()).isEqualTo(86_988);
        assertThat(c.circulationRatePercent()).isCloseTo(92.9, within(0.05));
        assertThat(c.expenditureClosureMillionYen().orElseThrow()).isEqualTo(0.0);
        double outflows =
                c.expenditure().stream().mapToDouble(ExpenditureItem::netInflow).sum();
        assertThat(-outflows)
                .isEqualTo(c.incomeMillionYen() - c.productionMillionYen())
                .isEqualTo(6_145);
    }

    @Test
    void aMissingExpenditureSideIsSaidNotInvented() {
        RegionalCirculation c = CirculationAnalysis.account(
                RegionId.parse("JP:13"), "2015", Map.of("gdp", 100.0), 80.0, Map.of(), List.of(), Map.of(), Map.of());
        assertThat(c.circulationRatePercent()).isEqualTo(125.0);
        assertThat(c.expenditureClosureMillionYen()).isEmpty();
        assertThat(c.missing()).containsKey("expenditure");
        assertThat(c.incomeNetInflowMillionYen()).isEqualTo(-20.0);
    }
}
