package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sousei.web.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExplorerApiTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode search(String q) {
        return server.json("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&lang=en");
    }

    @Test
    void search_finds_the_county_before_its_city_in_simplified_characters_too() {
        for (String q : new String[] {"屏東", "屏东", "pingtung"}) {
            JsonNode hits = search(q).path("hits");
            assertThat(hits.get(0).path("region").path("id").asText()).as(q).isEqualTo("TW:10013");
            assertThat(hits.get(1).path("region").path("id").asText()).as(q).isEqualTo("TW:10013010");
            assertThat(hits.get(1).path("parent_name").asText()).as(q).isEqualTo("Pingtung County");
        }
    }

    @Test
    void search_needs_a_query_and_bounds_the_answer() {
        assertThat(server.json("/api/v1/search").path("code").asText()).isEqualTo("bad_parameter");
        assertThat(server.json("/api/v1/search?q=TW&limit=51").path("code").asText())
                .isEqualTo("bad_parameter");
    }

    @Test
    void a_profile_sets_the_region_against_its_county_and_the_nation() {
        JsonNode profile = server.json("/api/v1/regions/TW:10013010/profile?lang=en");

        assertThat(profile.path("parent").path("id").asText()).isEqualTo("TW:10013");
        JsonNode population = profile.path("headline").get(0);
        assertThat(population.path("indicator").asText()).isEqualTo("population.total");
        assertThat(population.path("period").asText()).isEqualTo("2023");
        assertThat(population.path("parent_value").isNumber()).isTrue();
        assertThat(population.path("nation_value").isNumber()).isTrue();
        assertThat(profile.path("sections").get(0).path("key").asText()).isEqualTo("population_trend");
    }

    @Test
    void a_profile_of_an_unknown_region_is_a_404_problem() {
        assertThat(server.json("/api/v1/regions/TW:99999/profile").path("code").asText())
                .isEqualTo("unknown_region");
    }

    @Test
    void without_boundaries_a_layer_is_not_found() {
        assertThat(server.json("/api/v1/boundaries?country=TW&level=town")
                        .path("code")
                        .asText())
                .isEqualTo("not_found");
        assertThat(server.json("/api/v1/boundaries?country=TW&level=prefecture")
                        .path("code")
                        .asText())
                .isEqualTo("bad_parameter");
    }

    @Test
    void a_layer_within_a_region_needs_a_known_region_of_the_same_country() {
        assertThat(server.json("/api/v1/boundaries?country=TW&level=village&within=TW:99999")
                        .path("code")
                        .asText())
                .isEqualTo("unknown_region");
        assertThat(server.json("/api/v1/boundaries?country=JP&level=municipality&within=TW:10013")
                        .path("code")
                        .asText())
                .isEqualTo("bad_parameter");
    }
}
