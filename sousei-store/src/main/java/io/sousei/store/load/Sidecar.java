package io.sousei.store.load;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A user file's {@code NAME.dataset.json}: the dataset's metadata and any new indicators its rows use.
 * Indicator entries take the catalogue's columns.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sidecar(
        String id,
        String title,
        String publisher,
        String source,
        String licence,
        String attribution,
        String vintage,
        List<IndicatorEntry> indicators) {

    public Sidecar {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorEntry(
            String id,
            String category,
            String name_zh_hant,
            String name_ja,
            String name_en,
            String unit,
            String definition,
            String source,
            String licence,
            String aggregation,
            String formula,
            String status,
            String valid_range) {

        /** The entry as a catalogue row, in the catalogue's column order. */
        public List<String> fields() {
            return java.util.Arrays.asList(
                            id,
                            category,
                            name_zh_hant,
                            name_ja,
                            name_en,
                            unit,
                            definition,
                            source,
                            licence,
                            aggregation == null ? "sum" : aggregation,
                            formula,
                            status == null ? "available" : status,
                            valid_range)
                    .stream()
                    .map(s -> s == null ? "" : s)
                    .toList();
        }
    }
}
