package io.sousei.web.page;

import io.javalin.config.JavalinConfig;
import java.util.Map;

/**
 * The benchmarking pages: a landing page and the priority-area screen, the composite index builder and the
 * typology map. Each draws from the public {@code /api/v1/benchmark} routes in the browser and keeps its
 * controls in the URL.
 */
final class BenchmarkPages {

    private final Pages pages;

    BenchmarkPages(Pages pages) {
        this.pages = pages;
    }

    void register(JavalinConfig config) {
        config.routes.get("/benchmark", ctx -> pages.render(ctx, "benchmark/home.jte", model(ctx)));
        for (String tool : new String[] {"priority", "index", "typology"}) {
            config.routes.get("/benchmark/" + tool, ctx -> pages.render(ctx, "benchmark/" + tool + ".jte", model(ctx)));
        }
    }

    private static Map<String, Object> model(io.javalin.http.Context ctx) {
        return Map.of("page", PageContext.of(ctx, "benchmark"));
    }
}
