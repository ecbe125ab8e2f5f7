package io.sousei.cli;

import io.sousei.economy.IoModel;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** {@code --self-sufficiency SECTOR=RATE}, repeatable: rates given by the user for the regional model. */
    static Map<String, Double> selfSufficiency(List<String> given) {
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String g : given == null ? List.<String>of() : given) {
            String[] parts = g.split("=", 2);
            try {
                rates.put(parts[0].strip(), Double.parseDouble(parts[1].strip()));
            } catch (RuntimeException e) {
                throw new UsageException("--self-sufficiency '" + g + "' is not SECTOR=RATE like 11=0.65");
            }
        }
        return rates;
    }

    static String format(String text) {
        if (!text.equals("csv") && !text.equals("json")) {
            throw new UsageException("--format '" + text + "' is not one of: csv, json");
        }
        return text;
    }
}
