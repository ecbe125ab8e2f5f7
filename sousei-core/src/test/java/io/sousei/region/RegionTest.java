package io.sousei.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sousei.text.LocalizedText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegionTest {

    private static final LocalizedText NAME = LocalizedText.of("屏東市", null, "Pingtung City");

    @Test
    void aLevelMustExistInTheRegionsCountry() {
        assertThatThrownBy(() -> new Region(
                        RegionId.parse("JP:01100"), RegionLevel.TOWN, RegionId.parse("JP:01"), NAME, null, null, null))
                .hasMessageContaining("does not exist in JP");
    }

    @Test
    void onlyTheNationHasNoParent() {
        assertThatThrownBy(
                        () -> new Region(RegionId.parse("TW:10013010"), RegionLevel.TOWN, null, NAME, null, null, null))
                .hasMessageContaining("only the nation");
        assertThat(new Region(RegionId.parse("TW"), RegionLevel.NATION, null, NAME, null, null, null).findParent())
                .isEmpty();
    }

    @Test
    void isValidWithinItsValidityPeriod() {
        Region tomiya = new Region(
                RegionId.parse("JP:04423"),
                RegionLevel.MUNICIPALITY,
                RegionId.parse("JP:04"),
                LocalizedText.of(null, "富谷町", null),
                null,
                LocalDate.of(2016, 10, 9),
                null);
        assertThat(tomiya.isValidOn(LocalDate.of(2015, 10, 1))).isTrue();
        assertThat(tomiya.isValidOn(LocalDate.of(2016, 10, 10))).isFalse();
    }
}
