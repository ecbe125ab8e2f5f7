package io.sousei.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionIdTest {

    @Test
    void parsesTownsMunicipalitiesAndNations() {
        assertThat(RegionId.parse("TW:10013010")).isEqualTo(RegionId.of(Country.TW, "10013010"));
        assertThat(RegionId.parse("JP:01100").code()).isEqualTo("01100");
        assertThat(RegionId.parse("JP").isNation()).isTrue();
        assertThat(RegionId.parse(" TW:10013 ").toString()).isEqualTo("TW:10013");
    }

    @Test
    void printsWhatItParses() {
        for (String id : List.of("TW", "JP", "TW:10013010", "JP:01100", "TW:65000010001")) {
            assertThat(RegionId.parse(id).toString()).isEqualTo(id);
        }
    }

    @Test
    void rejectsUnknownCountriesAndMalformedCodesWithAHint() {
        assertThatThrownBy(() -> RegionId.parse("KR:11")).hasMessageContaining("known country");
        assertThatThrownBy(() -> RegionId.parse("TW:")).hasMessageContaining("no valid code");
        assertThatThrownBy(() -> RegionId.parse("TW:10 013")).hasMessageContaining("no valid code");
        assertThatThrownBy(() -> RegionId.parse("")).hasMessageContaining("TW:10013010");
    }

    @Test
    void ordersTheNationFirstThenByCode() {
        List<RegionId> ids = new ArrayList<>(List.of(
                RegionId.parse("TW:10013010"),
                RegionId.parse("JP:01"),
                RegionId.parse("TW"),
                RegionId.parse("TW:10013")));
        Collections.sort(ids);
        assertThat(ids).extracting(RegionId::toString).containsExactly("TW", "TW:10013", "TW:10013010", "JP:01");
    }
}
