package io.sousei.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The data is public, so any web page may read it: every answer allows every origin, lets scripts see the
 * headers that matter, and a preflight for a conditional GET is answered without touching the warehouse.
 */
public final class CrossOrigin {

    static final String EXPOSED_HEADERS = "ETag, Sousei-Truncated, Sousei-Limit";

    /** @param paths the routes a preflight may ask about; any other path stays a 404 */
    public void register(RoutesConfig routes, List<String> paths) {
        routes.before(CrossOrigin::allowEveryOrigin);
        paths.forEach(path -> routes.options(path, CrossOrigin::preflight));
    }

    private static void allowEveryOrigin(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    private static void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match");
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }
}
