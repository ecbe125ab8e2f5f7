package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sousei.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetApiTest {

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
    void lists_every_dataset_with_its_provenance() {
        JsonNode answer = server.json("/api/v1/datasets");

        assertThat(answer.path("count").asInt()).isEqualTo(2);
        assertThat(answer.path("datasets").findValuesAsText("id"))
                .containsExactly("tw.moi.population.2022", "tw.moi.population.2023");
    }

    @Test
    void titles_a_dataset_in_the_language_asked_for_and_falls_back_where_it_has_none() {
        String id = "/api/v1/datasets/tw.moi.population.2023";

        assertThat(server.json(id).path("title").asText()).isEqualTo("鄉鎮市區人口數，2023年底");
        assertThat(server.json(id + "?lang=ja").path("title").asText()).isEqualTo("鄉鎮市區人口數，2023年底");
        assertThat(server.json(id + "?lang=en").path("title").asText())
                .isEqualTo("Population by township, end of 2023");
    }

    @Test
    void shows_one_dataset_with_what_is_needed_to_credit_it() {
        JsonNode dataset = server.json("/api/v1/datasets/tw.moi.population.2023?lang=en");

        assertThat(dataset.path("title").asText()).isEqualTo("Population by township, end of 2023");
        assertThat(dataset.path("publisher").asText()).startsWith("Ministry of the Interior");
        assertThat(dataset.path("licence").asText()).isEqualTo("Open Government Data License, version 1.0");
        assertThat(dataset.path("attribution").asText()).isEqualTo("內政部戶政司");
        assertThat(dataset.path("vintage").asText()).isEqualTo("2023-12-31");
        assertThat(dataset.path("titles").path("zh-Hant").asText()).isEqualTo("鄉鎮市區人口數，2023年底");
        assertThat(dataset.path("checksum").asText()).hasSize(64);
        assertThat(dataset.path("source").asText()).startsWith("https://");
    }

    @Test
    void answers_an_unknown_dataset_with_a_404_problem() {
        JsonNode problem = server.json("/api/v1/datasets/tw.moi.population.1890");

        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asText()).isEqualTo("not_found");
        assertThat(problem.path("detail").asText()).contains("/api/v1/datasets");
    }
}
