package io.sousei.store.pack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.sousei.dataset.Dataset;

/** A dataset's {@code dataset.json} (or a user file's sidecar, without the indicators it may declare). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DatasetMetadata(
        String id, String title, String publisher, String source, String licence, String attribution, String vintage) {

    public Dataset toDataset(String checksum) {
        return new Dataset(id, title, publisher, source, licence, attribution, vintage, checksum);
    }
}
