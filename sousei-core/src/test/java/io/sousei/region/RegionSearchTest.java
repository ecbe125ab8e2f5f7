package io.sousei.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.sousei.text.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionSearchTest {

    private static Region region(String id, RegionLevel level, String parent, String zh, String ja, String en) {
        return new Region(
                RegionId.parse(id),
                level,
                parent == null ? null : RegionId.parse(parent),
                LocalizedText.of(zh, ja, en),
                null,
                null,
                null);
    }

    private static final RegionSearch SEARCH = new RegionSearch(List.of(
            region("TW", RegionLevel.NATION, null, "臺灣", "台湾", "Taiwan"),
            region("TW:10013", RegionLevel.COUNTY, "TW", "屏東縣", "屏東県", "Pingtung County"),
            region("TW:10013010", RegionLevel.TOWN, "TW:10013", "屏東市", "屏東市", "Pingtung City"),
            region("TW:66000", RegionLevel.COUNTY, "TW", "臺中市", null, "Taichung City"),
            region("TW:10013010001", RegionLevel.VILLAGE, "TW:10013010", "屏東里", null, null),
            region("JP", RegionLevel.NATION, null, "日本", "日本", "Japan"),
            region("JP:01", RegionLevel.PREFECTURE, "JP", "北海道", "北海道", "Hokkaido"),
            region("JP:01100", RegionLevel.MUNICIPALITY, "JP:01", "札幌市", "札幌市", "Sapporo City"),
            region("JP:44201", RegionLevel.MUNICIPALITY, "JP:44", "大分市", "大分市", "Ōita City")));

    private static List<String> ids(String query) {
        return SEARCH.search(query, 10).stream()
                .map(m -> m.region().id().toString())
                .toList();
    }

    @Test
    void aPartialNameFindsTheCountyBeforeItsTownAndVillage() {
        assertThat(ids("屏東")).containsExactly("TW:10013", "TW:10013010", "TW:10013010001");
    }

    @Test
    void simplifiedCharactersFindTraditionalNames() {
        assertThat(ids("屏东")).startsWith("TW:10013", "TW:10013010");
        assertThat(ids("台中")).containsExactly("TW:66000");
    }

    @Test
    void englishNamesIgnoreCaseAccentsAndTypos() {
        assertThat(ids("pingtung")).startsWith("TW:10013", "TW:10013010");
        assertThat(ids("Pingtong")).startsWith("TW:10013", "TW:10013010");
        assertThat(ids("oita")).containsExactly("JP:44201");
        assertThat(ids("Sapporo")).containsExactly("JP:01100");
        assertThat(ids("Saporo")).containsExactly("JP:01100");
    }

    @Test
    void japaneseNamesAreFoundInKanji() {
        assertThat(ids("札幌")).containsExactly("JP:01100");
    }

    @Test
    void anExactNameComesFirst() {
        assertThat(ids("屏東市")).first().isEqualTo("TW:10013010");
    }

    @Test
    void aBlankQueryFindsNothingAndTheLimitHolds() {
        assertThat(ids("  ")).isEmpty();
        assertThat(SEARCH.search("屏", 1)).hasSize(1);
    }
}
