package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.sousei.web.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ObservationCsvApiTest {

    static final String TOWNS_CSV = "/api/v1/observations?indicator=population.total&country=TW&level=town&format=csv";

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
    void answers_utf8_csv_as_a_download() {
        HttpResponse<byte[]> response = server.get(TOWNS_CSV);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"population.total.csv\"");
    }

    @Test
    void starts_with_exactly_the_schema_header() {
        assertThat(server.text(TOWNS_CSV)).startsWith("region_id,region_name,period,sex,age_group,category,value\r\n");
    }

    @Test
    void writes_whole_numbers_as_people_write_them() {
        String csv = server.text("/api/v1/observations?indicator=population.total&region=TW&format=csv");

        assertThat(csv)
                .contains("TW,臺灣,2023,T,_T,_T,23420442\r\n")
                .doesNotContain("E7")
                .doesNotContain(".0");
    }

    @Test
    void names_regions_in_the_requested_language() {
        String csv = server.text(TOWNS_CSV + "&period=2023&lang=en");

        assertThat(csv).contains("TW:10013010,Pingtung City,2023,T,_T,_T,190517\r\n");
    }

    @Test
    void keeps_fractions_as_published() {
        String csv = server.text("/api/v1/observations?indicator=population.median_age&country=TW&format=csv");

        assertThat(csv).contains(",45.3\r\n").contains(",47.85\r\n");
    }

    @Test
    void holds_only_the_header_when_nothing_matches() {
        assertThat(server.text("/api/v1/observations?indicator=population.total&country=JP&format=csv"))
                .isEqualTo("region_id,region_name,period,sex,age_group,category,value\r\n");
    }

    @Test
    void says_in_a_header_when_the_csv_was_cut() {
        HttpResponse<byte[]> response = server.get(TOWNS_CSV + "&limit=3");

        assertThat(new String(response.body(), StandardCharsets.UTF_8).split("\r\n"))
                .hasSize(4);
        assertThat(response.headers().firstValue("Sousei-Truncated")).hasValue("true");
        assertThat(response.headers().firstValue("Sousei-Limit")).hasValue("3");
    }

    @Test
    void matches_the_reviewed_export_of_the_pingtung_towns() {
        GoldenFile.assertMatches("observations-pingtung-towns.csv", server.text(TOWNS_CSV));
    }
}
