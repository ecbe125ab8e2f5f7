package io.sousei.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.region.BoundaryCatalog;
import io.sousei.region.BoundaryCatalog.BoundaryLayer;
import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionLevel;
import io.sousei.text.Language;
import io.sousei.web.http.ApiException;
import io.sousei.web.http.QueryParameters;
import io.sousei.web.http.Responses;
import java.util.List;

/**
 * {@code GET /api/v1/boundaries?country=&level=[&within=]}: the TopoJSON layers of a level as stored, or cut to the
 * regions within one region (the villages of a town: a few KB instead of the whole country's 680 KB), and
 * {@code GET /api/v1/regions/{id}/boundary}: one region as a GeoJSON feature. Boundaries change only with
 * a new import, so clients may keep them a day and revalidate with the ETag.
 */
public final class BoundaryRoutes {

    static final String CACHE_BOUNDARIES = "public, max-age=86400";

    private final BoundaryCatalog boundaries;
    private final RegionCatalog regions;
    private final Responses responses;

    public BoundaryRoutes(BoundaryCatalog boundaries, RegionCatalog regions, Responses responses) {
        this.boundaries = boundaries;
        this.regions = regions;
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.BOUNDARIES, this::layers);
        routes.get(ApiPaths.REGION_BOUNDARY, this::region);
    }

    private void layers(Context ctx) {
        QueryParameters params = new QueryParameters(ctx);
        Country country = params.country()
                .orElseThrow(() -> QueryParameters.bad("country is required (TW or JP), e.g. country=TW"));
        RegionLevel level = params.level().orElseThrow(() -> QueryParameters.bad("level is required, e.g. level=town"));
        QueryParameters.requireLevelIn(level, country);
        String within = ctx.queryParam("within");
        List<BoundaryLayer> layers;
        if (within == null) {
            layers = boundaries.listLayers(country, level);
        } else {
            Region region = regions.getRegion(RegionRoutes.parsePathId(within));
            if (region.id().country() != country) {
                throw QueryParameters.bad("within=" + within + " is not a region of " + country);
            }
            layers = boundaries.listLayers(country, level, region.id());
        }
        if (layers.isEmpty()) {
            throw ApiException.notFound("the warehouse has no boundaries of " + country + " at level " + level.key()
                    + (within == null ? "" : " within " + within));
        }
        // The topologies are JSON already: they are spliced in, not parsed and written again.
        StringBuilder json = new StringBuilder("{\"country\":\"")
                .append(country.name())
                .append("\",\"level\":\"")
                .append(level.key())
                .append("\",\"layers\":[");
        for (int i = 0; i < layers.size(); i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"name\":")
                    .append(JsonText.quote(layers.get(i).name()))
                    .append(",\"topology\":")
                    .append(layers.get(i).topoJson())
                    .append('}');
        }
        responses.jsonText(ctx, json.append("]}").toString(), CACHE_BOUNDARIES);
    }

    private void region(Context ctx) {
        Language language = new QueryParameters(ctx).language();
        Region region = regions.getRegion(RegionRoutes.parsePathId(ctx.pathParam("id")));
        String geometry = boundaries
                .findBoundary(region.id())
                .orElseThrow(() -> ApiException.notFound("the warehouse has no boundary of " + region.id()));
        String feature = "{\"type\":\"Feature\",\"id\":"
                + JsonText.quote(region.id().toString())
                + ",\"properties\":{\"name\":" + JsonText.quote(region.name().in(language))
                + ",\"level\":" + JsonText.quote(region.level().key()) + "},\"geometry\":" + geometry + "}";
        responses.jsonText(ctx, feature, CACHE_BOUNDARIES, "application/geo+json");
    }
}
