package io.sousei.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.web.http.Responses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of {@code /api/v1}, a reviewed resource kept
 * beside the code (a test holds it to the registered routes in both directions).
 */
public final class OpenApiRoutes {

    public static final String PATH = "/api/openapi.json";
    static final String RESOURCE = "/io/sousei/web/openapi.json";

    private final Responses responses;
    private final String document;

    public OpenApiRoutes(Responses responses) {
        this.responses = responses;
        this.document = read();
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::document);
    }

    private void document(Context ctx) {
        responses.jsonText(ctx, document, "public, max-age=300");
    }

    private static String read() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
