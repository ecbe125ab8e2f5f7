package io.sousei.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sousei.web.api.HealthInfo;
import io.sousei.web.fake.FakeDatasetCatalog;
import io.sousei.web.fake.FakeIndicatorCatalog;
import io.sousei.web.fake.FakeObservationRepository;
import io.sousei.web.fake.FakeRegionCatalog;
import io.sousei.web.fake.Pingtung;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The web server on an ephemeral port over the Pingtung fixture, with a plain JDK client. */
public final class TestServer implements AutoCloseable {

    public final FakeRegionCatalog regions = new FakeRegionCatalog(Pingtung.regions());
    public final FakeObservationRepository observations =
            new FakeObservationRepository(Pingtung.observations(), Pingtung.regions());
    private final WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public TestServer() {
        server = WebServer.create(
                        regions,
                        new FakeIndicatorCatalog(Pingtung.indicators()),
                        observations,
                        new FakeDatasetCatalog(Pingtung.datasets()),
                        () -> new HealthInfo("memory", Map.of("regions", 9L)))
                .start(0);
    }

    public String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** GET with optional header name/value pairs. */
    public HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String text(String pathAndQuery) {
        return new String(get(pathAndQuery).body(), StandardCharsets.UTF_8);
    }

    public JsonNode json(String pathAndQuery) {
        return json(get(pathAndQuery));
    }

    public JsonNode json(HttpResponse<byte[]> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
