package io.sousei.web.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * Writes response bodies. Data responses are cacheable: a weak ETag from the body, {@code Cache-Control}
 * and a bodiless 304 when the client already holds the same representation. Problems and health are
 * never cached.
 */
public final class Responses {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String CSV = "text/csv; charset=utf-8";
    static final String CACHE_DATA = "public, max-age=300";
    static final String NO_STORE = "no-store";

    private final JsonCodec json;

    public Responses(JsonCodec json) {
        this.json = json;
    }

    /** A cacheable JSON body. */
    public void json(Context ctx, Object body) {
        cacheable(ctx, json.write(body), JSON);
    }

    /** A cacheable CSV body, offered as a download with the given file name. */
    public void csv(Context ctx, String body, String fileName) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        cacheable(ctx, body.getBytes(StandardCharsets.UTF_8), CSV);
    }

    /** A cacheable body that is JSON text already, kept for {@code cacheControl}. */
    public void jsonText(Context ctx, String body, String cacheControl) {
        jsonText(ctx, body, cacheControl, JSON);
    }

    public void jsonText(Context ctx, String body, String cacheControl, String contentType) {
        cacheable(ctx, body.getBytes(StandardCharsets.UTF_8), contentType);
        ctx.header("Cache-Control", cacheControl);
    }

    /** A JSON body that must not be cached (it describes the server's state now). */
    public void jsonNoStore(Context ctx, Object body) {
        ctx.header("Cache-Control", NO_STORE);
        ctx.contentType(JSON).result(json.write(body));
    }

    public void problem(Context ctx, ProblemDto problem) {
        ctx.header("Cache-Control", NO_STORE);
        ctx.removeHeader("ETag");
        ctx.removeHeader("Content-Disposition");
        ctx.status(problem.status()).contentType(PROBLEM_JSON).result(json.write(problem));
    }

    private static void cacheable(Context ctx, byte[] body, String contentType) {
        String tag = EntityTag.weakOf(body);
        ctx.header("ETag", tag);
        ctx.header("Cache-Control", CACHE_DATA);
        if (EntityTag.matches(ctx.header("If-None-Match"), tag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType).result(body);
    }
}
