package io.sousei.store.pack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.sousei.dataset.Dataset;
import io.sousei.text.LocalizedText;

/** A dataset's {@code dataset.json} (or a user file's sidecar, without the indicators it may declare). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DatasetMetadata(
        String id,
        String title,
        @JsonProperty("title_zh_hant") String titleZhHant,
        @JsonProperty("title_ja") String titleJa,
        String publisher,
        String source,
        String licence,
        String attribution,
        String vintage) {

    public Dataset toDataset(String checksum) {
        return new Dataset(
                id,
                LocalizedText.of(titleZhHant, titleJa, title),
                publisher,
                source,
                licence,
                attribution,
                vintage,
                checksum);
    }
}
