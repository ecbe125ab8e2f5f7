package io.sousei.web.api;

/** A dataset's provenance: what to credit and how to tell whether the published file has changed. */
public record DatasetDto(
        String id,
        String title,
        String publisher,
        String source,
        String licence,
        String attribution,
        String vintage,
        String checksum) {}
