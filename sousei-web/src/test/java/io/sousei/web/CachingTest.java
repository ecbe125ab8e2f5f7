package io.sousei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CachingTest {

    static final String TOWNS = "/api/v1/regions?country=TW&level=town";

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
    void tags_data_with_a_weak_etag_and_lets_it_be_cached_for_five_minutes() {
        HttpResponse<byte[]> response = server.get(TOWNS);

        assertThat(response.headers().firstValue("ETag"))
                .hasValueSatisfying(tag -> assertThat(tag).matches("W/\"[0-9a-f]{32}\""));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
    }

    @Test
    void gives_the_same_body_the_same_tag_and_another_body_another() {
        String first = etag(server.get(TOWNS));
        String again = etag(server.get(TOWNS));
        String english = etag(server.get(TOWNS + "&lang=en"));

        assertThat(again).isEqualTo(first);
        assertThat(english).isNotEqualTo(first);
    }

    @Test
    void answers_304_without_a_body_when_the_client_holds_the_current_version() {
        String tag = etag(server.get(TOWNS));

        HttpResponse<byte[]> response = server.get(TOWNS, "If-None-Match", tag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("ETag")).hasValue(tag);
    }

    @Test
    void answers_in_full_when_the_client_holds_another_version() {
        HttpResponse<byte[]> response = server.get(TOWNS, "If-None-Match", "W/\"0123456789abcdef0123456789abcdef\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isNotEmpty();
    }

    @Test
    void tags_csv_downloads_too() {
        HttpResponse<byte[]> csv = server.get("/api/v1/observations?indicator=population.total&country=TW&format=csv");

        HttpResponse<byte[]> again = server.get(
                "/api/v1/observations?indicator=population.total&country=TW&format=csv", "If-None-Match", etag(csv));

        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void never_caches_problems() {
        HttpResponse<byte[]> response = server.get("/api/v1/regions/TW:99999");

        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
    }

    private static String etag(HttpResponse<byte[]> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }
}
