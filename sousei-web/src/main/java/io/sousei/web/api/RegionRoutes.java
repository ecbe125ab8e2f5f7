package io.sousei.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import io.sousei.text.Language;
import io.sousei.web.http.ApiException;
import io.sousei.web.http.ProblemType;
import io.sousei.web.http.QueryParameters;
import io.sousei.web.http.Responses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/v1/regions?country=&level=&parent=&lang=} and {@code GET /api/v1/regions/{id}}. Without a
 * country, the regions of every country (or of the parent's country) are listed.
 */
public final class RegionRoutes {

    private final RegionCatalog regions;
    private final Responses responses;

    public RegionRoutes(RegionCatalog regions, Responses responses) {
        this.regions = regions;
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.REGIONS, this::list);
        routes.get(ApiPaths.REGION, this::one);
    }

    private void list(Context ctx) {
        QueryParameters query = new QueryParameters(ctx);
        Language language = query.language();
        Optional<Country> country = query.country();
        RegionLevel level = query.level().orElse(null);
        RegionId parent = query.regionId("parent").orElse(null);
        if (parent != null) {
            requireSameCountry(country, parent);
            regions.getRegion(parent);
        }
        List<Country> countries = parent != null
                ? List.of(parent.country())
                : country.map(List::of).orElse(List.of(Country.values()));
        if (country.isPresent() || parent != null) {
            QueryParameters.requireLevelIn(level, countries.getFirst());
        }
        List<RegionDto> found = new ArrayList<>();
        for (Country c : countries) {
            if (level == null || level.existsIn(c)) {
                regions.listRegions(c, level, parent).forEach(r -> found.add(DtoMapper.region(r, language)));
            }
        }
        responses.json(ctx, new RegionListDto(language.tag(), found.size(), found));
    }

    private void one(Context ctx) {
        Language language = new QueryParameters(ctx).language();
        RegionId id = parsePathId(ctx.pathParam("id"));
        Region region = regions.getRegion(id);
        responses.json(ctx, DtoMapper.region(region, language));
    }

    /** A path id that cannot be a region id names no region: 404, like any other unknown region. */
    static RegionId parsePathId(String text) {
        try {
            return RegionId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    ProblemType.UNKNOWN_REGION,
                    "'" + text + "' is not a region id; write it as TW, TW:10013 or JP:01100");
        }
    }

    private static void requireSameCountry(Optional<Country> country, RegionId parent) {
        if (country.isPresent() && country.get() != parent.country()) {
            throw QueryParameters.bad("parent " + parent + " is not in country " + country.get());
        }
    }
}
