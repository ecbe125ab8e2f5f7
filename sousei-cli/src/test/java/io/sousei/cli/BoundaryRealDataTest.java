package io.sousei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Boundary layers of the bundled data as the API serves them. */
class BoundaryRealDataTest {

    private static JsonNode get(String pathAndQuery) throws Exception {
        String body = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(TestApplication.shared().baseUrl() + pathAndQuery))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return new ObjectMapper().readTree(body);
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.path("layers")
                .forEach(layer -> layer.path("topology").path("objects").forEach(o -> o.path("geometries")
                        .forEach(g -> ids.add(g.path("id").asText()))));
        return ids;
    }

    @Test
    void the_villages_of_one_town_come_without_the_rest_of_the_country() throws Exception {
        JsonNode villages = get("/api/v1/boundaries?country=TW&level=village&within=TW:10013010");
        JsonNode listed = get("/api/v1/regions?country=TW&level=village&parent=TW:10013010&limit=1000");

        // 79 villages in 2021; the 23 of the 2018–2020 re-division have no boundary (docs/data/taiwan.md)
        assertThat(listed.path("regions")).hasSize(79);
        assertThat(ids(villages)).hasSize(56).isSubsetOf(listed.path("regions").findValuesAsText("id"));
    }

    @Test
    void the_towns_of_one_county_and_the_municipalities_of_one_prefecture() throws Exception {
        assertThat(ids(get("/api/v1/boundaries?country=TW&level=town&within=TW:09007")))
                .containsExactlyInAnyOrder("TW:09007010", "TW:09007020", "TW:09007030", "TW:09007040");
        // 和歌山県: 30 municipalities, 太地町 among them from the supplement layer
        assertThat(ids(get("/api/v1/boundaries?country=JP&level=municipality&within=JP:30")))
                .hasSize(30)
                .contains("JP:30422");
    }
}
