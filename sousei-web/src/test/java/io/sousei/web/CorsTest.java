package io.sousei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorsTest {

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
    void lets_every_origin_read_data() {
        assertThat(server.get("/api/v1/regions?country=TW", "Origin", "https://example.org")
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .hasValue("*");
    }

    @Test
    void lets_every_origin_read_problems() {
        assertThat(server.get("/api/v1/regions?level=township").headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("*");
    }

    @Test
    void answers_a_preflight_for_conditional_gets() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/regions"))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", "https://example.org")
                                .header("Access-Control-Request-Method", "GET")
                                .header("Access-Control-Request-Headers", "if-none-match")
                                .build(),
                        HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(m -> assertThat(m).contains("GET"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(h -> assertThat(h).contains("If-None-Match"));
    }

    @Test
    void lets_scripts_see_the_truncation_headers() {
        assertThat(server.get("/api/v1/health").headers().firstValue("Access-Control-Expose-Headers"))
                .hasValueSatisfying(h -> assertThat(h).contains("ETag", "Sousei-Truncated"));
    }
}
