package io.sousei.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.web.http.Responses;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** {@code GET /api/v1/health}: whether the server answers, and what it serves. */
public final class HealthRoutes {

    private final Supplier<HealthInfo> health;
    private final Responses responses;

    public HealthRoutes(Supplier<HealthInfo> health, Responses responses) {
        this.health = health;
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.HEALTH, this::health);
    }

    private void health(Context ctx) {
        HealthInfo info = health.get();
        Map<String, Long> counts = new TreeMap<>(info.counts());
        responses.jsonNoStore(ctx, new HealthDto("ok", info.warehouse(), counts));
    }
}
