package io.sousei.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sousei.region.RegionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncomeAnalysisTest {

    @Test
    void growthRatioAndRanks() {
        RegionId town = RegionId.parse("TW:10013010");
        TownIncome y2012 = new TownIncome(town, 2012, 1000, 700, 500, 300, 900, 80);
        TownIncome y2018 = new TownIncome(town, 2018, 1100, 800, 600, 320, 960, 85);
        TownIncome richer = new TownIncome(RegionId.parse("TW:10013020"), 2018, 10, 900, 700, 400, 1000, 50);
        TownIncome poorer = new TownIncome(RegionId.parse("TW:10002010"), 2018, 10, 500, 400, 200, 700, 50);
        IncomeProfile p =
                IncomeAnalysis.profile(List.of(y2018, y2012), List.of(y2018, richer), List.of(y2018, richer, poorer));
        assertThat(p.latest().interquartileRatio()).isEqualTo(3.0);
        assertThat(p.medianGrowthPercentPerYear().orElseThrow())
                .isCloseTo((Math.pow(1.2, 1.0 / 6) - 1) * 100, within(1e-12));
        assertThat(p.rankInCounty()).isEqualTo(2);
        assertThat(p.rankInNation()).isEqualTo(2);
        assertThat(p.townsInNation()).isEqualTo(3);
        assertThat(p.series()).extracting(TownIncome::year).containsExactly(2012, 2018);
    }
}
