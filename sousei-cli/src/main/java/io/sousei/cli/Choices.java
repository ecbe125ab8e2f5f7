package io.sousei.cli;

import io.sousei.indicator.Category;
import io.sousei.region.Country;
import io.sousei.region.RegionLevel;
import java.util.Arrays;
import java.util.Locale;

/** Parses command-line words into model values with messages that list what is accepted. */
final class Choices {

    private Choices() {}

    static Country country(String text) {
        try {
            return Country.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("country '" + text + "' is not one of " + Arrays.toString(Country.values()));
        }
    }

    static RegionLevel level(String text, Country country) {
        if (text == null) {
            return null;
        }
        RegionLevel level = RegionLevel.findByKey(text)
                .orElseThrow(() -> new UsageException("level '" + text + "' is not one of "
                        + Arrays.stream(RegionLevel.values())
                                .map(RegionLevel::key)
                                .toList()));
        if (!level.existsIn(country)) {
            throw new UsageException("level " + level.key() + " does not exist in " + country + "; use one of "
                    + Arrays.stream(RegionLevel.values())
                            .filter(l -> l.existsIn(country))
                            .map(RegionLevel::key)
                            .toList());
        }
        return level;
    }

    static Category category(String text) {
        if (text == null) {
            return null;
        }
        return Category.findByKey(text)
                .orElseThrow(() -> new UsageException("category '" + text + "' is not one of "
                        + Arrays.stream(Category.values()).map(Category::key).toList()));
    }
}
