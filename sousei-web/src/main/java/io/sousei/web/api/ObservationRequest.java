package io.sousei.web.api;

import io.sousei.indicator.IndicatorId;
import io.sousei.observation.ObservationQuery;
import io.sousei.region.Country;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import io.sousei.text.Language;
import io.sousei.web.http.QueryParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * An observation request as parsed from {@code indicator, country, level, parent, region (repeatable),
 * period, sex, age_group, category, lang, format, limit}. The country may be left out when regions or a
 * parent name it; named regions and parents must exist.
 *
 * @param query what to read, asking for one row more than {@code limit} to tell whether the answer is cut
 */
record ObservationRequest(ObservationQuery query, int limit, Language language, String format) {

    static final int MAX_LIMIT = ObservationQuery.DEFAULT_LIMIT;
    static final List<String> FORMATS = List.of("json", "csv", "xlsx");

    static ObservationRequest parse(QueryParameters params, RegionCatalog regions) {
        IndicatorId indicator = params.indicatorId();
        RegionId parent = params.regionId("parent").orElse(null);
        List<RegionId> named = params.regionIds("region");
        List<RegionId> mentioned = new ArrayList<>(named);
        if (parent != null) {
            mentioned.add(parent);
        }
        Country country = country(params, mentioned);
        RegionLevel level = params.level().orElse(null);
        QueryParameters.requireLevelIn(level, country);
        mentioned.forEach(regions::getRegion);
        int limit = params.limit(MAX_LIMIT, MAX_LIMIT);
        ObservationQuery query = new ObservationQuery(
                indicator,
                country,
                level,
                parent,
                named,
                params.period().orElse(null),
                params.sex().orElse(null),
                params.ageGroup().orElse(null),
                params.classificationCategory().orElse(null),
                limit + 1);
        return new ObservationRequest(query, limit, params.language(), params.oneOf("format", FORMATS));
    }

    private static Country country(QueryParameters params, List<RegionId> mentioned) {
        Country country = params.country()
                .or(() -> mentioned.stream().map(RegionId::country).findFirst())
                .orElseThrow(() -> QueryParameters.bad(
                        "country is required (TW or JP) unless a region or parent names it, e.g. country=TW"));
        for (RegionId id : mentioned) {
            if (id.country() != country) {
                throw QueryParameters.bad(
                        "region " + id + " is not in country " + country + "; one request reads one country");
            }
        }
        return country;
    }
}
