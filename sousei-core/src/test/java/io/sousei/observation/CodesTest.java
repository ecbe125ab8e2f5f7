package io.sousei.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sousei.indicator.IndicatorId;
import io.sousei.region.RegionId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2017", "2017-06", "2017-Q2", "2020-S1", "1980", "2065"})
    void acceptsThePeriodForms(String period) {
        assertThat(Period.isValid(period)).isTrue();
        assertThat(Period.year(period)).isEqualTo(Integer.parseInt(period.substring(0, 4)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"107", "2017-13", "2017-Q5", "17", "2017/06", "2017-6", ""})
    void rejectsOtherPeriods(String period) {
        assertThat(Period.isValid(period)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_T", "0-4", "85+", "100+", "unknown", "0-0", "15-64"})
    void acceptsTheAgeGroupForms(String group) {
        assertThat(AgeGroup.isValid(group)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4-0", "0~4", "85 +", "T", ""})
    void rejectsOtherAgeGroups(String group) {
        assertThat(AgeGroup.isValid(group)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void namesFiveYearAndOpenGroups() {
        assertThat(AgeGroup.fiveYear(20)).isEqualTo("20-24");
        assertThat(AgeGroup.openFrom(85)).isEqualTo("85+");
        assertThatThrownBy(() -> AgeGroup.fiveYear(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void anObservationDefaultsItsCategoryAndStatus() {
        Observation o = new Observation(
                "d", IndicatorId.of("population.total"), RegionId.parse("TW"), "2017", Sex.T, "_T", null, 1, "");
        assertThat(o.category()).isEqualTo("_T");
        assertThat(o.status()).isEqualTo("A");
        assertThatThrownBy(() -> new Observation(
                        "d",
                        IndicatorId.of("population.total"),
                        RegionId.parse("TW"),
                        "2017",
                        Sex.T,
                        "_T",
                        null,
                        Double.NaN,
                        ""))
                .hasMessageContaining("finite");
    }
}
