package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sousei.web.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ObservationApiTest {

    static final String TOWNS_2023 =
            "/api/v1/observations?indicator=population.total&country=TW&level=town&period=2023";

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
    void names_the_unit_in_the_language_asked_for() {
        assertThat(server.json(TOWNS_2023).path("unit").asText()).isEqualTo("人");
        assertThat(server.json(TOWNS_2023 + "&lang=ja").path("unit").asText()).isEqualTo("人");
        assertThat(server.json(TOWNS_2023 + "&lang=en").path("unit").asText()).isEqualTo("persons");
    }

    @Test
    void answers_rows_with_region_names_provenance_and_the_indicator_unit() {
        JsonNode answer = server.json(TOWNS_2023 + "&lang=en");

        assertThat(answer.path("indicator").asText()).isEqualTo("population.total");
        assertThat(answer.path("indicator_name").asText()).isEqualTo("Total population");
        assertThat(answer.path("unit").asText()).isEqualTo("persons");
        assertThat(answer.path("count").asInt()).isEqualTo(4);
        assertThat(answer.path("truncated").asBoolean()).isFalse();
        JsonNode city = answer.path("rows").get(0);
        assertThat(city.path("region_id").asText()).isEqualTo("TW:10013010");
        assertThat(city.path("region_name").asText()).isEqualTo("Pingtung City");
        assertThat(city.path("period").asText()).isEqualTo("2023");
        assertThat(city.path("sex").asText()).isEqualTo("T");
        assertThat(city.path("age_group").asText()).isEqualTo("_T");
        assertThat(city.path("category").asText()).isEqualTo("_T");
        assertThat(city.path("value").asLong()).isEqualTo(190_517);
        assertThat(city.path("status").asText()).isEqualTo("A");
        assertThat(city.path("dataset_id").asText()).isEqualTo("tw.moi.population.2023");
    }

    @Test
    void names_regions_in_traditional_chinese_by_default() {
        assertThat(server.json(TOWNS_2023).path("rows").findValuesAsText("region_name"))
                .containsExactly("屏東市", "潮州鎮", "東港鎮", "恆春鎮");
    }

    @Test
    void writes_whole_numbers_without_exponent_or_decimal_part() {
        String body = server.text("/api/v1/observations?indicator=population.total&region=TW&period=2023");

        assertThat(body).contains("\"value\":23420442").doesNotContain("E7").doesNotContain("23420442.0");
    }

    @Test
    void keeps_fractions_and_the_observation_status() {
        JsonNode rows = server.json("/api/v1/observations?indicator=population.median_age&country=TW&level=town")
                .path("rows");

        assertThat(rows.findValuesAsText("value")).containsExactly("45.3", "47.85");
        assertThat(rows.findValuesAsText("status")).containsExactly("A", "E");
    }

    @Test
    void selects_every_period_in_region_then_period_order() {
        JsonNode rows = server.json("/api/v1/observations?indicator=population.total&parent=TW:10013")
                .path("rows");

        assertThat(rows).hasSize(8);
        assertThat(rows.get(0).path("period").asText()).isEqualTo("2022");
        assertThat(rows.get(1).path("period").asText()).isEqualTo("2023");
    }

    @Test
    void selects_a_sex_and_an_age_group() {
        JsonNode women = server.json("/api/v1/observations?indicator=population.total&region=TW:10013010&sex=F");
        JsonNode infants =
                server.json("/api/v1/observations?indicator=population.total&region=TW:10013010&age_group=0-4");

        assertThat(women.path("rows").findValuesAsText("value")).containsExactly("97509");
        assertThat(infants.path("rows").findValuesAsText("value")).containsExactly("6120");
    }

    @Test
    void takes_repeated_and_comma_separated_regions_and_their_country() {
        JsonNode repeated = server.json(
                "/api/v1/observations?indicator=population.total&period=2023&region=TW:10013030&region=TW:10013");
        JsonNode listed =
                server.json("/api/v1/observations?indicator=population.total&period=2023&region=TW:10013030,TW:10013");

        assertThat(regionIds(repeated)).containsExactly("TW:10013", "TW:10013030");
        assertThat(regionIds(listed)).containsExactly("TW:10013", "TW:10013030");
        assertThat(server.observations.lastQuery().country()).hasToString("TW");
    }

    @Test
    void cuts_the_answer_at_the_limit_and_says_so() {
        var response = server.get(TOWNS_2023 + "&limit=2");
        JsonNode answer = server.json(response);

        assertThat(answer.path("count").asInt()).isEqualTo(2);
        assertThat(answer.path("limit").asInt()).isEqualTo(2);
        assertThat(answer.path("truncated").asBoolean()).isTrue();
        assertThat(response.headers().firstValue("Sousei-Truncated")).hasValue("true");
        assertThat(server.observations.lastQuery().limit()).isEqualTo(3);
    }

    @Test
    void does_not_claim_a_cut_when_exactly_the_limit_matched() {
        JsonNode answer = server.json(TOWNS_2023 + "&limit=4");

        assertThat(answer.path("count").asInt()).isEqualTo(4);
        assertThat(answer.path("truncated").asBoolean()).isFalse();
    }

    @Test
    void caps_the_default_limit() {
        JsonNode answer = server.json(TOWNS_2023);

        assertThat(answer.path("limit").asInt()).isEqualTo(100_000);
        assertThat(server.observations.lastQuery().limit()).isEqualTo(100_001);
    }

    @Test
    void reads_region_names_with_one_listing_not_one_look_up_per_row() {
        int before = server.regions.findCalls();

        server.json("/api/v1/observations?indicator=population.total&country=TW");

        assertThat(server.regions.findCalls() - before).isZero();
    }

    @Test
    void answers_no_rows_when_nothing_matches() {
        JsonNode answer = server.json("/api/v1/observations?indicator=population.total&country=JP");

        assertThat(answer.path("count").asInt()).isZero();
        assertThat(answer.path("rows")).isEmpty();
    }

    @Test
    void lists_the_periods_of_an_indicator() {
        JsonNode answer = server.json("/api/v1/observations/periods?indicator=population.total&country=TW&level=town");

        List<String> periods = new ArrayList<>();
        answer.path("periods").forEach(p -> periods.add(p.asText()));
        assertThat(periods).containsExactly("2022", "2023");
        assertThat(answer.path("level").asText()).isEqualTo("town");
        assertThat(answer.path("sexes")).extracting(JsonNode::asText).contains("T", "M", "F");
        assertThat(answer.path("age_groups")).extracting(JsonNode::asText).contains("_T", "0-4");
        assertThat(answer.path("categories")).extracting(JsonNode::asText).containsExactly("_T");
    }

    @Test
    void lists_periods_only_where_the_indicator_has_values() {
        JsonNode answer = server.json("/api/v1/observations/periods?indicator=population.median_age&country=TW");

        assertThat(answer.path("periods").get(0).asText()).isEqualTo("2023");
        assertThat(answer.path("periods")).hasSize(1);
        assertThat(answer.path("level").isNull()).isTrue();
    }

    @Test
    void writes_utf8() {
        byte[] body = server.get(TOWNS_2023).body();

        assertThat(new String(body, StandardCharsets.UTF_8)).contains("恆春鎮");
    }

    private static List<String> regionIds(JsonNode answer) {
        return answer.path("rows").findValuesAsText("region_id");
    }
}
