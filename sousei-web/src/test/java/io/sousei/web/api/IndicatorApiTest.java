package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sousei.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IndicatorApiTest {

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
    void lists_the_catalogue_with_units_provenance_and_aggregation_rules() {
        JsonNode answer = server.json("/api/v1/indicators?lang=en");

        assertThat(answer.path("count").asInt()).isEqualTo(4);
        JsonNode ageing = answer.path("indicators").get(1);
        assertThat(ageing.path("id").asText()).isEqualTo("population.ageing_index");
        assertThat(ageing.path("category").asText()).isEqualTo("population");
        assertThat(ageing.path("name").asText()).isEqualTo("Ageing index");
        assertThat(ageing.path("names").path("zh-Hant").asText()).isEqualTo("老化指數");
        assertThat(ageing.path("unit").asText()).isEqualTo("per 100 persons aged 0-14");
        assertThat(ageing.path("aggregation").asText())
                .isEqualTo("ratio_of_sums:population.aged_65_over/population.aged_0_14");
        assertThat(ageing.path("formula").asText()).isEqualTo("100 * population.aged_65_over / population.aged_0_14");
        assertThat(ageing.path("source").asText()).contains("Ministry of the Interior");
        assertThat(ageing.path("licence").asText()).isEqualTo("Open Government Data License, version 1.0");
        assertThat(ageing.path("status").asText()).isEqualTo("available");
    }

    @Test
    void filters_by_category_and_shows_indicators_without_a_source_yet() {
        JsonNode answer = server.json("/api/v1/indicators?category=local_finance");

        assertThat(answer.path("count").asInt()).isEqualTo(1);
        JsonNode ratio = answer.path("indicators").get(0);
        assertThat(ratio.path("name").asText()).isEqualTo("自有財源比率");
        assertThat(ratio.path("status").asText()).isEqualTo("no_source_yet");
        assertThat(ratio.path("formula").isNull()).isTrue();
    }

    @Test
    void refuses_an_unknown_category_naming_the_eight() {
        JsonNode problem = server.json("/api/v1/indicators?category=weather");

        assertThat(problem.path("code").asText()).isEqualTo("bad_parameter");
        assertThat(problem.path("detail").asText()).contains("population", "tourism", "local_finance");
    }

    @Test
    void shows_one_indicator() {
        JsonNode total = server.json("/api/v1/indicators/population.total?lang=ja");

        assertThat(total.path("name").asText()).isEqualTo("総人口");
        assertThat(total.path("aggregation").asText()).isEqualTo("sum");
    }

    @Test
    void answers_an_unknown_indicator_with_a_404_problem() {
        JsonNode problem = server.json("/api/v1/indicators/population.unicorns");

        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asText()).isEqualTo("unknown_indicator");
        assertThat(problem.path("detail").asText()).contains("/api/v1/indicators");
    }
}
