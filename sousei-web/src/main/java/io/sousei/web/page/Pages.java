package io.sousei.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.sousei.dataset.DatasetCatalog;
import io.sousei.profile.RegionProfiles;
import io.sousei.region.RegionId;
import io.sousei.web.api.ProfileDto;
import io.sousei.web.api.ProfileRoutes;
import java.util.Map;

/**
 * The pages planners see, rendered on the server from templates compiled at build time (see
 * docs/adr/0003-pages-with-jte-and-echarts.md); their charts load data from the public API.
 */
public final class Pages {

    private static final String HTML = "text/html; charset=utf-8";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final RegionProfiles profiles;
    private final DatasetCatalog datasets;

    public Pages(RegionProfiles profiles, DatasetCatalog datasets) {
        this.profiles = profiles;
        this.datasets = datasets;
    }

    public void register(JavalinConfig config) {
        config.staticFiles.enableWebjars();
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "public, max-age=3600");
        });
        config.routes.get(
                "/",
                ctx -> render(
                        ctx,
                        "home.jte",
                        Map.of("page", PageContext.of(ctx, "home"), "datasets", datasets.listDatasets())));
        config.routes.get(
                "/explore", ctx -> render(ctx, "explore.jte", Map.of("page", PageContext.of(ctx, "explore"))));
        config.routes.get(
                "/data",
                ctx -> render(
                        ctx,
                        "data.jte",
                        Map.of("page", PageContext.of(ctx, "data"), "datasets", datasets.listDatasets())));
        config.routes.get("/region/{id}", this::region);
        // the map alone, for an iframe on another site: the same parameters as /explore
        config.routes.get(
                "/embed/map", ctx -> render(ctx, "embed-map.jte", Map.of("page", PageContext.of(ctx, "none"))));
        new BenchmarkPages(this).register(config);
    }

    private void region(Context ctx) {
        PageContext page = PageContext.of(ctx, "none");
        ProfileDto profile =
                ProfileRoutes.toDto(profiles.profile(RegionId.parse(ctx.pathParam("id"))), page.language());
        render(
                ctx,
                "region.jte",
                Map.of("page", page, "profile", profile, "summary", ProfileSummary.of(profile, page.language())));
    }

    void render(Context ctx, String template, Map<String, Object> model) {
        StringOutput out = new StringOutput();
        templates.render(template, model, out);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(HTML).result(out.toString());
    }
}
