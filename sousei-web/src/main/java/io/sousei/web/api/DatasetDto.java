package io.sousei.web.api;

import java.util.Map;

/**
 * A dataset's provenance: what to credit and how to tell whether the published file has changed.
 *
 * @param title in the language asked for; {@code titles} has every language the dataset is titled in
 */
public record DatasetDto(
        String id,
        String title,
        Map<String, String> titles,
        String publisher,
        String source,
        String licence,
        String attribution,
        String vintage,
        String checksum) {}
