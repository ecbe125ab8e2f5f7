package io.sousei.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sousei.observation.Sex;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopulationBySexAgeTest {

    /** Group i holds i+1 men and 10·(i+1) women, 0–4 … 90+. */
    static PopulationBySexAge ladder() {
        FiveYearAgeGroups g = FiveYearAgeGroups.OPEN_90;
        double[] m = new double[g.count()];
        double[] f = new double[g.count()];
        for (int i = 0; i < m.length; i++) {
            m[i] = i + 1;
            f[i] = 10 * (i + 1);
        }
        return PopulationBySexAge.of(g, m, f);
    }

    @Test
    void sumsTheBroadAgeGroups() {
        PopulationBySexAge p = ladder();

        assertThat(p.youngPersons()).isEqualTo(11 * (1 + 2 + 3));
        assertThat(p.workingAgePersons()).isEqualTo(11 * (4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13));
        assertThat(p.elderlyPersons()).isEqualTo(11 * (14 + 15 + 16 + 17 + 18 + 19));
        assertThat(p.persons75Plus()).isEqualTo(11 * (16 + 17 + 18 + 19));
        assertThat(p.womenAged20To39()).isEqualTo(10 * (5 + 6 + 7 + 8));
        assertThat(p.totalPersons()).isEqualTo(11 * 190);
        assertThat(p.youngPersons() + p.workingAgePersons() + p.elderlyPersons())
                .isEqualTo(p.totalPersons());
        assertThat(p.elderlyShare()).isCloseTo(99.0 / 190, within(1e-15));
    }

    @Test
    void givesTheChildWomanRatioAndTheYoungSexRatio() {
        PopulationBySexAge p = ladder();

        assertThat(p.childWomanRatio()).isCloseTo(11.0 / (10 * (4 + 5 + 6 + 7 + 8 + 9 + 10)), within(1e-15));
        assertThat(p.sexRatio0to4MalesPer100Females()).isEqualTo(10.0);
    }

    @Test
    void movesTheOpenGroupDownBySummingTheTail() {
        PopulationBySexAge p = ladder().withOpenAgeGroup(85);

        assertThat(p.ageGroups()).isEqualTo(FiveYearAgeGroups.OPEN_85);
        assertThat(p.persons(Sex.M, p.ageGroups().openGroup())).isEqualTo(18 + 19);
        assertThat(p.totalPersons()).isEqualTo(ladder().totalPersons());
        assertThat(p.ageGroups().label(17)).isEqualTo("85+");
    }

    @Test
    void rejectsNegativeCellsAndWrongLengths() {
        FiveYearAgeGroups g = FiveYearAgeGroups.OPEN_85;
        double[] negative = new double[g.count()];
        negative[3] = -1;

        assertThatThrownBy(() -> PopulationBySexAge.of(g, negative, new double[g.count()]))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> PopulationBySexAge.of(g, new double[19], new double[19]))
                .hasMessageContaining("18 expected");
        assertThatThrownBy(() -> ladder().persons(Sex.T, 19)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aSeriesReportsTheChangeRateOfWomen20To39() {
        PopulationBySexAge p2020 = ladder();
        double[] halfWomen = p2020.personsByAge(Sex.F);
        for (int i = 0; i < halfWomen.length; i++) {
            halfWomen[i] /= 2;
        }
        PopulationBySexAge p2050 = PopulationBySexAge.of(p2020.ageGroups(), p2020.personsByAge(Sex.M), halfWomen);

        PopulationSeries series = PopulationSeries.of(Map.of(2050, p2050, 2020, p2020));

        assertThat(series.listYears()).containsExactly(2020, 2050);
        assertThat(series.changeRate(2020, 2050, PopulationBySexAge::womenAged20To39))
                .isCloseTo(-0.5, within(1e-15));
        assertThat(series.findPopulation(2035)).isEmpty();
    }
}
