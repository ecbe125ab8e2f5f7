package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sousei.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationProblemApiTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            country=TW                                        | indicator is required
            indicator=Population&country=TW                   | dotted lower case
            indicator=population.total                        | country is required
            indicator=population.total&country=TW&period=2023-13 | 2017 (year), 2017-06 (month), 2017-Q2 (quarter)
            indicator=population.total&country=TW&period=last | 2017-S1
            indicator=population.total&country=TW&sex=X       | T (total), M (male), F (female)
            indicator=population.total&country=TW&age_group=old | _T (all ages), 0-4, 85+
            indicator=population.total&country=TW&format=xml  | json, csv
            indicator=population.total&country=TW&limit=0     | from 1 to 100000
            indicator=population.total&country=TW&limit=100001 | from 1 to 100000
            indicator=population.total&country=TW&limit=many  | from 1 to 100000
            indicator=population.total&country=TW&level=municipality | TW has: nation, county, town, village
            indicator=population.total&country=TW&lang=ko     | zh-Hant, ja, en
            indicator=population.total&region=TW:10013&region=JP:01 | one request reads one country
            indicator=population.total&country=JP&region=TW:10013 | not in country JP
            indicator=population.total&region=TW%3Aabc-1       | write it as TW, TW:10013 or JP:01100
            indicator=population.total&country=TW&category=a%20b | classification code
            """)
    void refuses_bad_parameters_saying_what_is_accepted(String query, String accepted) {
        JsonNode problem = server.json("/api/v1/observations?" + query);

        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("code").asText()).isEqualTo("bad_parameter");
        assertThat(problem.path("detail").asText()).contains(accepted);
    }

    @Test
    void answers_an_unknown_indicator_with_a_404_problem() {
        JsonNode problem = server.json("/api/v1/observations?indicator=population.unicorns&country=TW");

        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asText()).isEqualTo("unknown_indicator");
    }

    @Test
    void answers_an_unknown_region_with_a_404_problem() {
        JsonNode problem = server.json("/api/v1/observations?indicator=population.total&region=TW:10013999");

        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asText()).isEqualTo("unknown_region");
        assertThat(problem.path("detail").asText()).contains("TW:10013999");
    }

    @Test
    void requires_a_country_for_periods() {
        JsonNode problem = server.json("/api/v1/observations/periods?indicator=population.total");

        assertThat(problem.path("code").asText()).isEqualTo("bad_parameter");
        assertThat(problem.path("detail").asText()).contains("country is required");
    }

    @Test
    void answers_periods_of_an_unknown_indicator_with_a_404_problem() {
        assertThat(server.json("/api/v1/observations/periods?indicator=population.unicorns&country=TW")
                        .path("code")
                        .asText())
                .isEqualTo("unknown_indicator");
    }
}
