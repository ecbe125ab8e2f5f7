package io.sousei.web.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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
    private final AnswerCache answers;

    public Responses(JsonCodec json, AnswerCache answers) {
        this.json = json;
        this.answers = answers;
    }

    /** Without an answer cache: every request is answered afresh. */
    public Responses(JsonCodec json) {
        this(json, new AnswerCache(0));
    }

    /** A cacheable JSON body. */
    public void json(Context ctx, Object body) {
        cacheable(ctx, json.write(body), JSON, CACHE_DATA);
    }

    /** A cacheable binary body (e.g. XLSX), offered as a download with the given file name. */
    public void download(Context ctx, byte[] body, String contentType, String fileName) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        cacheable(ctx, body, contentType, CACHE_DATA);
    }

    /** A cacheable CSV body, offered as a download with the given file name. */
    public void csv(Context ctx, String body, String fileName) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        cacheable(ctx, body.getBytes(StandardCharsets.UTF_8), CSV, CACHE_DATA);
    }

    /** A cacheable body that is JSON text already, kept for {@code cacheControl}. */
    public void jsonText(Context ctx, String body, String cacheControl) {
        jsonText(ctx, body, cacheControl, JSON);
    }

    public void jsonText(Context ctx, String body, String cacheControl, String contentType) {
        cacheable(ctx, body.getBytes(StandardCharsets.UTF_8), contentType, cacheControl);
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

    private void cacheable(Context ctx, byte[] body, String contentType, String cacheControl) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : AnswerCache.ANSWER_HEADERS) {
            String value = ctx.res().getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        AnswerCache.Answer answer =
                new AnswerCache.Answer(body, contentType, cacheControl, EntityTag.weakOf(body), Map.copyOf(headers));
        answers.remember(ctx, answer);
        send(ctx, answer);
    }

    static void send(Context ctx, AnswerCache.Answer answer) {
        ctx.header("ETag", answer.tag());
        ctx.header("Cache-Control", answer.cacheControl());
        if (EntityTag.matches(ctx.header("If-None-Match"), answer.tag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(answer.contentType()).result(answer.body());
    }
}
