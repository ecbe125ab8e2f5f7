package io.sousei.web.http;

import io.javalin.http.Context;
import io.sousei.indicator.Category;
import io.sousei.indicator.IndicatorId;
import io.sousei.observation.AgeGroup;
import io.sousei.observation.Period;
import io.sousei.observation.Sex;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import io.sousei.text.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The query parameters of a request, parsed into domain values. Every refusal is a {@code bad_parameter}
 * problem that names the parameter and the values it accepts. A blank parameter counts as absent.
 */
public final class QueryParameters {

    private static final Pattern CATEGORY = Pattern.compile("\\*|[A-Za-z0-9_][A-Za-z0-9_.+-]{0,39}");

    private final Context ctx;

    public QueryParameters(Context ctx) {
        this.ctx = ctx;
    }

    public Optional<String> find(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String get(String name, String example) {
        return find(name).orElseThrow(() -> bad(name + " is required, e.g. " + name + "=" + example));
    }

    /** All values of a repeatable parameter; each may also hold a comma-separated list. */
    public List<String> list(String name) {
        List<String> values = new ArrayList<>();
        for (String value : ctx.queryParams(name)) {
            Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .forEach(values::add);
        }
        return values;
    }

    /** {@code lang}: zh-Hant (default), ja or en. */
    public Language language() {
        return find("lang")
                .map(tag -> Language.findByTag(tag)
                        .orElseThrow(() -> bad("lang '" + tag + "' is not one of: " + languageTags())))
                .orElse(Language.defaultLanguage());
    }

    public Optional<Country> country() {
        return find("country").map(text -> {
            try {
                return Country.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad("country '" + text + "' is not one of: " + names(Country.values()));
            }
        });
    }

    public Optional<RegionLevel> level() {
        return find("level").map(text -> RegionLevel.findByKey(text)
                .orElseThrow(() -> bad("level '" + text + "' is not one of: " + levelKeys(RegionLevel.values()))));
    }

    /** Refuses a level that the country does not have (towns are Taiwanese, municipalities Japanese). */
    public static void requireLevelIn(RegionLevel level, Country country) {
        if (level != null && !level.existsIn(country)) {
            List<String> accepted = Arrays.stream(RegionLevel.values())
                    .filter(l -> l.existsIn(country))
                    .map(RegionLevel::key)
                    .toList();
            throw bad("level '" + level.key() + "' does not exist in " + country + "; " + country + " has: "
                    + String.join(", ", accepted));
        }
    }

    public Optional<RegionId> regionId(String name) {
        return find(name).map(text -> parseRegionId(name, text));
    }

    public List<RegionId> regionIds(String name) {
        return list(name).stream().map(text -> parseRegionId(name, text)).toList();
    }

    public IndicatorId indicatorId() {
        String text = get("indicator", "population.total");
        if (!IndicatorId.isValid(text)) {
            throw bad("indicator '" + text + "' is not dotted lower case like population.total");
        }
        return IndicatorId.of(text);
    }

    public Optional<Category> category(String name) {
        return find(name).map(key -> Category.findByKey(key)
                .orElseThrow(() -> bad(name + " '" + key + "' is not one of: "
                        + Arrays.stream(Category.values()).map(Category::key).collect(Collectors.joining(", ")))));
    }

    public Optional<String> period() {
        return find("period").map(text -> {
            if (!Period.isValid(text)) {
                throw bad("period '" + text + "' is not like 2017 (year), 2017-06 (month), 2017-Q2 (quarter)"
                        + " or 2017-S1 (half year)");
            }
            return text;
        });
    }

    public Optional<Sex> sex() {
        return find("sex").map(code -> Sex.findByCode(code)
                .orElseThrow(() -> bad("sex '" + code + "' is not one of: T (total), M (male), F (female)")));
    }

    public Optional<String> ageGroup() {
        return find("age_group").map(code -> {
            if (!AgeGroup.isValid(code)) {
                throw bad("age_group '" + code + "' is not like _T (all ages), 0-4, 85+ or unknown");
            }
            return code;
        });
    }

    /** A classification code, {@code _T} for the total or {@code *} for every category. */
    public Optional<String> classificationCategory() {
        return find("category").map(code -> {
            if (!CATEGORY.matcher(code).matches()) {
                throw bad("category '" + code + "' is not a classification code like _T or C, or * for all");
            }
            return code;
        });
    }

    public int limit(int defaultLimit, int maxLimit) {
        return find("limit")
                .map(text -> {
                    try {
                        int limit = Integer.parseInt(text);
                        if (limit >= 1 && limit <= maxLimit) {
                            return limit;
                        }
                    } catch (NumberFormatException e) {
                        // answered below
                    }
                    throw bad("limit '" + text + "' is not a whole number from 1 to " + maxLimit);
                })
                .orElse(defaultLimit);
    }

    /** A parameter with a fixed set of values, the first being the default. */
    public String oneOf(String name, List<String> accepted) {
        return find(name)
                .map(value -> {
                    if (!accepted.contains(value)) {
                        throw bad(name + " '" + value + "' is not one of: " + String.join(", ", accepted));
                    }
                    return value;
                })
                .orElse(accepted.getFirst());
    }

    public static ApiException bad(String detail) {
        return ApiException.badParameter(detail);
    }

    private static RegionId parseRegionId(String name, String text) {
        try {
            return RegionId.parse(text);
        } catch (IllegalArgumentException e) {
            throw bad(name + ": " + e.getMessage() + "; write it as TW, TW:10013 or JP:01100");
        }
    }

    private static String languageTags() {
        return Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", "));
    }

    private static String levelKeys(RegionLevel[] levels) {
        return Arrays.stream(levels).map(RegionLevel::key).collect(Collectors.joining(", "));
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
