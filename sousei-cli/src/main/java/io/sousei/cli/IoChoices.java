package io.sousei.cli;

import io.sousei.economy.IoModel;
import io.sousei.region.Country;
import io.sousei.region.RegionId;

/** The io commands' option values, refused as usage errors with what to give instead. */
final class IoChoices {

    private IoChoices() {}

    static IoModel model(String text) {
        return IoModel.findByKey(text)
                .orElseThrow(() -> new UsageException("--model '" + text + "' is not one of: closed, regional"));
    }

    static RegionId area(String text) {
        RegionId id;
        try {
            id = RegionId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--area '" + text + "' is not a region id like JP, JP:01 or JP:01100");
        }
        if (id.country() != Country.JP) {
            throw new UsageException("--area: input–output tables exist for Japan only (JP, JP:01, JP:01100 …)");
        }
        return id;
    }

    static String format(String text) {
        if (!text.equals("csv") && !text.equals("json")) {
            throw new UsageException("--format '" + text + "' is not one of: csv, json");
        }
        return text;
    }
}
