package io.sousei.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import io.sousei.web.fake.FakeDatasetCatalog;
import io.sousei.web.fake.FakeIndicatorCatalog;
import io.sousei.web.fake.FakeObservationRepository;
import io.sousei.web.fake.Pingtung;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemResponseTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answers_an_unknown_route_with_an_rfc_9457_problem() {
        HttpResponse<byte[]> response = server.get("/api/v1/rainfall");
        JsonNode problem = server.json(response);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(problem.path("type").asText()).isEqualTo("urn:sousei:problem:not_found");
        assertThat(problem.path("title").asText()).isEqualTo("Not found");
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asText()).isEqualTo("not_found");
        assertThat(problem.path("detail").asText()).contains("/api/v1");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/rainfall");
    }

    @Test
    void refuses_writes_because_the_api_is_read_only() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port(server) + "/api/v1/regions"))
                                .DELETE()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isIn(404, 405);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void hides_internal_failures_behind_a_generic_500() throws Exception {
        RegionCatalog broken = new RegionCatalog() {
            @Override
            public Optional<Region> findRegion(RegionId id) {
                throw new IllegalStateException("connection to /var/lib/secret.duckdb lost");
            }

            @Override
            public List<Region> listRegions(Country country, RegionLevel level, RegionId parent) {
                throw new IllegalStateException("connection to /var/lib/secret.duckdb lost");
            }
        };
        try (WebServer failing = WebServer.create(
                        broken,
                        new FakeIndicatorCatalog(Pingtung.indicators()),
                        new FakeObservationRepository(List.of(), Pingtung.regions()),
                        new FakeDatasetCatalog(List.of()))
                .start(0)) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://localhost:" + failing.port() + "/api/v1/regions?country=TW"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            JsonNode problem = new ObjectMapper().readTree(response.body());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(problem.path("code").asText()).isEqualTo("internal_error");
            assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalStateException");
            assertThat(response.body()).doesNotContain("\tat ").doesNotContain("io.sousei");
        }
    }

    private static int port(TestServer server) {
        return URI.create(server.baseUrl()).getPort();
    }
}
