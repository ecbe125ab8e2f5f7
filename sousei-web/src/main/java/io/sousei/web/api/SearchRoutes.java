package io.sousei.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionSearch;
import io.sousei.text.Language;
import io.sousei.web.http.QueryParameters;
import io.sousei.web.http.Responses;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/search?q=&lang=&limit=}: regions by name in any language, best first. The index is
 * built on the first search; the warehouse a server reads does not change while it runs.
 */
public final class SearchRoutes {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_QUERY_LENGTH = 100;

    private final RegionCatalog regions;
    private final Responses responses;
    private volatile RegionSearch search;

    public SearchRoutes(RegionCatalog regions, Responses responses) {
        this.regions = regions;
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.SEARCH, this::search);
    }

    private void search(Context ctx) {
        QueryParameters params = new QueryParameters(ctx);
        Language language = params.language();
        String q = params.get("q", "屏東");
        if (q.length() > MAX_QUERY_LENGTH) {
            throw QueryParameters.bad("q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        int limit = params.limit(DEFAULT_LIMIT, RegionSearch.MAX_LIMIT);
        List<SearchHitDto> hits = index().search(q, limit).stream()
                .map(m -> new SearchHitDto(DtoMapper.region(m.region(), language), parentName(m.region(), language)))
                .toList();
        responses.json(ctx, new SearchResultDto(q, language.tag(), hits.size(), hits));
    }

    private String parentName(Region region, Language language) {
        return region.findParent()
                .flatMap(regions::findRegion)
                .map(p -> p.name().in(language))
                .orElse(null);
    }

    private RegionSearch index() {
        RegionSearch s = search;
        if (s == null) {
            List<Region> all = new ArrayList<>();
            for (Country c : Country.values()) {
                all.addAll(regions.listRegions(c, null, null));
            }
            s = new RegionSearch(all);
            search = s;
        }
        return s;
    }
}
