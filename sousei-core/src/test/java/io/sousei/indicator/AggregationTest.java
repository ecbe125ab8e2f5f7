package io.sousei.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AggregationTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sum",
                "not_additive",
                "weighted_mean:population.women_15_49",
                "ratio_of_sums:population.age_65_plus/population.total"
            })
    void printsTheNotationItParses(String notation) {
        assertThat(Aggregation.parse(notation).notation()).isEqualTo(notation);
    }

    @Test
    void aRatioOfSumsNamesItsParts() {
        var ratio = (Aggregation.RatioOfSums) Aggregation.parse("ratio_of_sums:population.births/population.total");
        assertThat(ratio.numerator()).isEqualTo(IndicatorId.of("population.births"));
        assertThat(ratio.denominator()).isEqualTo(IndicatorId.of("population.total"));
    }

    @Test
    void rejectsOtherRulesListingTheAcceptedOnes() {
        assertThatThrownBy(() -> Aggregation.parse("mean"))
                .hasMessageContaining("ratio_of_sums:<numerator>/<denominator>");
        assertThatThrownBy(() -> Aggregation.parse("ratio_of_sums:population.total"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indicatorIdsAreDottedLowerCase() {
        assertThat(IndicatorId.isValid("population.total")).isTrue();
        assertThat(IndicatorId.isValid("industry.lq_establishments")).isTrue();
        assertThat(IndicatorId.isValid("Population.Total")).isFalse();
        assertThat(IndicatorId.isValid("population")).isFalse();
    }
}
