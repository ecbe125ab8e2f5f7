package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sousei.web.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegionApiTest {

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
    void lists_the_towns_of_a_county_named_in_the_requested_language() {
        JsonNode answer = server.json("/api/v1/regions?country=TW&level=town&parent=TW:10013&lang=en");

        assertThat(answer.path("lang").asText()).isEqualTo("en");
        assertThat(answer.path("count").asInt()).isEqualTo(4);
        assertThat(ids(answer)).containsExactly("TW:10013010", "TW:10013020", "TW:10013030", "TW:10013040");
        JsonNode city = answer.path("regions").get(0);
        assertThat(city.path("name").asText()).isEqualTo("Pingtung City");
        assertThat(city.path("names").path("zh-Hant").asText()).isEqualTo("屏東市");
        assertThat(city.path("names").path("ja").asText()).isEqualTo("屏東市");
        assertThat(city.path("names").path("en").asText()).isEqualTo("Pingtung City");
        assertThat(city.path("level").asText()).isEqualTo("town");
        assertThat(city.path("parent").asText()).isEqualTo("TW:10013");
        assertThat(city.path("country").asText()).isEqualTo("TW");
        assertThat(city.path("area_km2").asDouble()).isEqualTo(65.0686);
    }

    @Test
    void names_regions_in_traditional_chinese_by_default() {
        JsonNode answer = server.json("/api/v1/regions?country=TW&level=county");

        assertThat(answer.path("lang").asText()).isEqualTo("zh-Hant");
        assertThat(answer.path("regions").findValuesAsText("name")).containsExactly("高雄縣", "屏東縣");
    }

    @Test
    void lists_every_country_when_none_is_given() {
        assertThat(ids(server.json("/api/v1/regions?level=nation"))).containsExactly("TW", "JP");
        assertThat(ids(server.json("/api/v1/regions"))).hasSize(9);
    }

    @Test
    void takes_the_country_from_the_parent() {
        assertThat(ids(server.json("/api/v1/regions?parent=JP"))).containsExactly("JP:01");
    }

    @Test
    void shows_one_region_with_its_validity_and_area() {
        JsonNode county = server.json("/api/v1/regions/TW:10012?lang=ja");

        assertThat(county.path("name").asText()).isEqualTo("高雄県");
        assertThat(county.path("valid_from").isNull()).isTrue();
        assertThat(county.path("valid_to").asText()).isEqualTo("2010-12-24");
        assertThat(county.path("area_km2").asDouble()).isEqualTo(2792.0);
    }

    @Test
    void shows_the_nation_without_parent_or_area_when_unknown() {
        JsonNode japan = server.json("/api/v1/regions/JP?lang=en");

        assertThat(japan.path("name").asText()).isEqualTo("Japan");
        assertThat(japan.path("parent").isNull()).isTrue();
        assertThat(japan.path("area_km2").isNull()).isTrue();
    }

    @Test
    void answers_an_unknown_region_with_a_404_problem() {
        JsonNode problem = server.json("/api/v1/regions/TW:99999");

        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asText()).isEqualTo("unknown_region");
        assertThat(problem.path("detail").asText()).contains("TW:99999");
    }

    @Test
    void answers_a_path_that_cannot_be_a_region_id_as_an_unknown_region() {
        assertThat(server.json("/api/v1/regions/XX:1").path("code").asText()).isEqualTo("unknown_region");
    }

    @Test
    void refuses_an_unknown_parent() {
        JsonNode problem = server.json("/api/v1/regions?parent=TW:10099");

        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asText()).isEqualTo("unknown_region");
    }

    @Test
    void refuses_a_parent_outside_the_country() {
        assertThat(server.json("/api/v1/regions?country=JP&parent=TW:10013")
                        .path("code")
                        .asText())
                .isEqualTo("bad_parameter");
    }

    @Test
    void refuses_a_level_the_country_does_not_have_naming_those_it_has() {
        JsonNode problem = server.json("/api/v1/regions?country=TW&level=prefecture");

        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("code").asText()).isEqualTo("bad_parameter");
        assertThat(problem.path("detail").asText()).contains("nation, county, town, village");
    }

    @Test
    void refuses_an_unknown_level_naming_the_accepted_ones() {
        JsonNode problem = server.json("/api/v1/regions?level=township");

        assertThat(problem.path("code").asText()).isEqualTo("bad_parameter");
        assertThat(problem.path("detail").asText())
                .contains("township")
                .contains("nation, county, town, village, prefecture, municipality");
    }

    @Test
    void refuses_an_unknown_language_naming_the_accepted_tags() {
        JsonNode problem = server.json("/api/v1/regions?lang=fr");

        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).contains("zh-Hant, ja, en");
    }

    @Test
    void refuses_an_unknown_country() {
        assertThat(server.json("/api/v1/regions?country=KR").path("detail").asText())
                .contains("TW, JP");
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.path("regions").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
