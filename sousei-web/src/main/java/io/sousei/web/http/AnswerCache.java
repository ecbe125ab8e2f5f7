package io.sousei.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data answers already given, kept in memory by request path and query: the warehouse does not change while it is
 * served (an import needs the database to itself), so the same GET gets the same bytes, without asking the
 * warehouse again. Bounded by total size; the least recently used answers go first.
 */
public final class AnswerCache {

    /** The headers a route may set that belong to its answer. */
    static final List<String> ANSWER_HEADERS = List.of("Content-Disposition", "Sousei-Truncated", "Sousei-Limit");

    record Answer(byte[] body, String contentType, String cacheControl, String tag, Map<String, String> headers) {}

    private final long capacityBytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);
    private long sizeBytes;

    /** @param capacityBytes the most body bytes kept; an answer larger than an eighth of it is not kept */
    public AnswerCache(long capacityBytes) {
        this.capacityBytes = capacityBytes;
    }

    /** Answers {@code paths} from memory when the same request was answered before. */
    public void register(RoutesConfig routes, String paths) {
        routes.before(paths, this::answerFromMemory);
    }

    void remember(Context ctx, Answer answer) {
        if (ctx.method() != HandlerType.GET || answer.body().length > capacityBytes / 8) {
            return;
        }
        String key = key(ctx);
        synchronized (answers) {
            Answer previous = answers.put(key, answer);
            sizeBytes += answer.body().length - (previous == null ? 0 : previous.body().length);
            for (Iterator<Answer> eldest = answers.values().iterator(); sizeBytes > capacityBytes; ) {
                sizeBytes -= eldest.next().body().length;
                eldest.remove();
            }
        }
    }

    /** The number of answers kept. */
    public int size() {
        synchronized (answers) {
            return answers.size();
        }
    }

    private void answerFromMemory(Context ctx) {
        if (ctx.method() != HandlerType.GET) {
            return;
        }
        Answer answer;
        synchronized (answers) {
            answer = answers.get(key(ctx));
        }
        if (answer != null) {
            answer.headers().forEach(ctx::header);
            Responses.send(ctx, answer);
            ctx.skipRemainingHandlers();
        }
    }

    private static String key(Context ctx) {
        String query = ctx.queryString();
        return query == null ? ctx.path() : ctx.path() + '?' + query;
    }
}
