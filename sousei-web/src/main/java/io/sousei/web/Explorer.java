package io.sousei.web;

import io.javalin.config.JavalinConfig;
import io.sousei.dataset.DatasetCatalog;
import io.sousei.indicator.IndicatorCatalog;
import io.sousei.observation.ObservationRepository;
import io.sousei.profile.RegionProfiles;
import io.sousei.region.BoundaryCatalog;
import io.sousei.region.RegionCatalog;
import io.sousei.web.api.BoundaryRoutes;
import io.sousei.web.api.OpenApiRoutes;
import io.sousei.web.api.ProfileRoutes;
import io.sousei.web.api.SearchRoutes;
import io.sousei.web.http.Responses;
import io.sousei.web.page.Pages;

/** What planners see: search, profiles, boundaries and the pages built on them, registered together. */
final class Explorer {

    private final RegionCatalog regions;
    private final IndicatorCatalog indicators;
    private final ObservationRepository observations;
    private final DatasetCatalog datasets;
    private final BoundaryCatalog boundaries;
    private final Responses responses;

    Explorer(
            RegionCatalog regions,
            IndicatorCatalog indicators,
            ObservationRepository observations,
            DatasetCatalog datasets,
            BoundaryCatalog boundaries,
            Responses responses) {
        this.regions = regions;
        this.indicators = indicators;
        this.observations = observations;
        this.datasets = datasets;
        this.boundaries = boundaries;
        this.responses = responses;
    }

    void register(JavalinConfig config) {
        new SearchRoutes(regions, responses).register(config.routes);
        RegionProfiles profiles = new RegionProfiles(regions, indicators, observations);
        new ProfileRoutes(profiles, responses).register(config.routes);
        new BoundaryRoutes(boundaries, regions, responses).register(config.routes);
        new OpenApiRoutes(responses).register(config.routes);
        new Pages(profiles, datasets).register(config);
    }
}
