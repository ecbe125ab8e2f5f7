package io.sousei.dataset;

import io.sousei.text.LocalizedText;
import java.util.Objects;

/**
 * A dataset: one published table (or a user's file) that observations come from, with what is needed to
 * credit it and to tell whether a file has changed.
 *
 * @param title in the three languages where the publisher or the pack gives them
 * @param vintage the reference date or period of the data as published, e.g. {@code 2017-12-31}, {@code 2015-10-01}
 * @param checksum SHA-256 of the source file(s), hex; decides whether a re-import replaces the dataset
 */
public record Dataset(
        String id,
        LocalizedText title,
        String publisher,
        String source,
        String licence,
        String attribution,
        String vintage,
        String checksum) {

    public static final String UNSPECIFIED_LICENCE = "unspecified";

    public Dataset {
        if (!isValidId(id)) {
            throw new IllegalArgumentException(
                    "dataset id '" + id + "' must be 1–100 characters of letters, digits, '.', '-' or '_'");
        }
        Objects.requireNonNull(title, "title");
        licence = licence == null || licence.isBlank() ? UNSPECIFIED_LICENCE : licence;
    }

    public static boolean isValidId(String id) {
        return id != null && id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    }
}
