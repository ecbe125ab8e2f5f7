package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sousei.web.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthApiTest {

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
    void reports_ok_with_what_the_wiring_supplies() {
        JsonNode health = server.json("/api/v1/health");

        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("warehouse").asText()).isEqualTo("memory");
        assertThat(health.path("counts").path("regions").asLong()).isEqualTo(9);
    }

    @Test
    void is_never_cached() {
        HttpResponse<byte[]> response = server.get("/api/v1/health");

        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }
}
