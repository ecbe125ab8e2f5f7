package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sousei.region.BoundaryCatalog;
import io.sousei.web.WebServer;
import io.sousei.web.fake.FakeDatasetCatalog;
import io.sousei.web.fake.FakeIndicatorCatalog;
import io.sousei.web.fake.FakeObservationRepository;
import io.sousei.web.fake.FakePopulationInputs;
import io.sousei.web.fake.FakeRegionCatalog;
import io.sousei.web.fake.Pingtung;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PopulationApiTest {

    static WebServer server;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = WebServer.create(
                        new FakeRegionCatalog(Pingtung.regions()),
                        new FakeIndicatorCatalog(Pingtung.indicators()),
                        new FakeObservationRepository(Pingtung.observations(), Pingtung.regions()),
                        new FakeDatasetCatalog(Pingtung.datasets()),
                        BoundaryCatalog.NONE,
                        () -> new HealthInfo("memory", Map.of()),
                        new FakePopulationInputs())
                .start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void projects_one_town_from_the_base_year_to_the_horizon_as_json() throws Exception {
        HttpResponse<String> r = get("/api/v1/population/projection?country=TW&region=TW:10013010&horizon=2037");

        assertThat(r.statusCode()).isEqualTo(200);
        GoldenFile.assertMatches("population-projection-pingtung-city.json", r.body());
        JsonNode years = json(r).path("regions").get(0).path("years");
        assertThat(years.findValuesAsText("year")).containsExactly("2017", "2022", "2027", "2032", "2037");
    }

    @Test
    void writes_one_csv_row_per_region_year_sex_and_age_group() throws Exception {
        HttpResponse<String> r = get("/api/v1/population/projection?country=TW&format=csv&horizon=2022&method=ccm");

        String[] lines = r.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("region_id,year,sex,age_group,population");
        assertThat(lines).hasSize(1 + 2 * 2 * 2 * 18);
        assertThat(lines[1]).startsWith("TW:10013010,2017,M,0-4,");
        assertThat(lines[18]).startsWith("TW:10013010,2017,M,85+,");
    }

    @Test
    void a_closed_population_keeps_fewer_young_adults_in_the_town_that_attracts_them() throws Exception {
        JsonNode open = json(get("/api/v1/population/projection?country=TW&region=TW:10013010&horizon=2027"));
        JsonNode closed =
                json(get("/api/v1/population/projection?country=TW&region=TW:10013010&horizon=2027&migration=0"));

        double withMigration =
                open.path("regions").get(0).path("years").get(2).path("total").asDouble();
        double without =
                closed.path("regions").get(0).path("years").get(2).path("total").asDouble();
        assertThat(withMigration).isGreaterThan(without);
        assertThat(closed.path("migration").asDouble()).isZero();
    }

    @Test
    void a_map_asks_for_totals_only_and_gets_no_cells() throws Exception {
        JsonNode answer = json(get("/api/v1/population/projection?country=TW&detail=totals"));

        JsonNode year = answer.path("regions").get(1).path("years").get(0);
        assertThat(answer.path("regions")).hasSize(2);
        assertThat(year.path("total").asDouble()).isEqualTo(53_000);
        assertThat(year.has("male")).isFalse();
        assertThat(year.has("female")).isFalse();
    }

    @Test
    void reports_change_and_the_women_20_39_class() throws Exception {
        HttpResponse<String> r = get("/api/v1/population/change?country=TW&region=TW:10013020");

        assertThat(r.statusCode()).isEqualTo(200);
        GoldenFile.assertMatches("population-change-chaozhou.json", r.body());
        JsonNode women = json(r).path("regions").get(0).path("women20_to39");
        assertThat(women.path("from_year").asInt()).isEqualTo(2017);
        assertThat(women.path("to_year").asInt()).isEqualTo(2047);
        assertThat(women.path("change_percent").asDouble())
                .isLessThan(women.path("change_percent_closed").asDouble());
    }

    @Test
    void refuses_bad_parameters_with_a_problem_that_says_what_to_give() throws Exception {
        assertProblem("/api/v1/population/projection", 400, "country is required");
        assertProblem("/api/v1/population/projection?country=TW&method=leslie", 400, "ipss, ccm, hamilton-perry");
        assertProblem("/api/v1/population/projection?country=TW&horizon=2030", 400, "5, 10");
        assertProblem("/api/v1/population/projection?country=TW&tfr=2.1", 400, "tfr_year");
        assertProblem("/api/v1/population/projection?country=TW&base=2010", 400, "[2017]");
        assertProblem(
                "/api/v1/population/projection?country=TW&method=hamilton-perry&migration=0", 400, "Hamilton–Perry");
        assertProblem("/api/v1/population/projection?country=TW&region=TW:99999999", 404, "unknown region");
        assertProblem("/api/v1/population/change?country=TW", 400, "region is required");
    }

    private static void assertProblem(String path, int status, String detail) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(json(r).path("detail").asText()).as(path).contains(detail);
    }
}
