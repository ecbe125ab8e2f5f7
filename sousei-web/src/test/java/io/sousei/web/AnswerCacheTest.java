package io.sousei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    static final String TOWNS_CSV =
            "/api/v1/observations?indicator=population.total&country=TW&level=town&period=2020&format=csv";

    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answers_the_same_request_again_from_memory_with_the_same_bytes_and_headers() {
        HttpResponse<byte[]> first = server.get(TOWNS_CSV);
        int queries = server.observations.queries();

        HttpResponse<byte[]> again = server.get(TOWNS_CSV);

        assertThat(server.observations.queries()).isEqualTo(queries);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        for (String header : new String[] {"ETag", "Cache-Control", "Content-Type", "Content-Disposition"}) {
            assertThat(again.headers().firstValue(header))
                    .as(header)
                    .isEqualTo(first.headers().firstValue(header));
        }
        assertThat(again.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void asks_the_warehouse_for_another_query() {
        server.get(TOWNS_CSV);
        int queries = server.observations.queries();

        server.get(TOWNS_CSV.replace("2020", "2019"));

        assertThat(server.observations.queries()).isGreaterThan(queries);
    }

    @Test
    void answers_304_from_memory_when_the_client_holds_the_current_version() {
        String tag = server.get(TOWNS_CSV).headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> response = server.get(TOWNS_CSV, "If-None-Match", tag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void never_keeps_a_problem() {
        String unknown = "/api/v1/observations?indicator=no.such&country=TW";
        assertThat(server.get(unknown).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> again = server.get(unknown);

        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
}
