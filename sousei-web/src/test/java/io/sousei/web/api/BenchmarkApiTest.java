package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Observation;
import io.sousei.observation.Sex;
import io.sousei.region.RegionId;
import io.sousei.web.WebServer;
import io.sousei.web.fake.FakeDatasetCatalog;
import io.sousei.web.fake.FakeIndicatorCatalog;
import io.sousei.web.fake.FakeObservationRepository;
import io.sousei.web.fake.FakeRegionCatalog;
import io.sousei.web.fake.Pingtung;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/benchmark/…} on the Pingtung fixture's four towns, with 2017 figures added here (rounded,
 * of the published size; no oracle).
 */
class BenchmarkApiTest {

    static WebServer server;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        List<Observation> o = new ArrayList<>(Pingtung.observations());
        town(o, Pingtung.CITY, 200_000, -1.5, 560, 14.2, 3_070);
        town(o, Pingtung.CHAOZHOU, 54_000, -2.9, 520, 16.0, 1_270);
        town(o, Pingtung.DONGGANG, 48_000, -3.5, 510, 15.1, 1_640);
        town(o, Pingtung.HENGCHUN, 30_500, -1.9, 500, 16.8, 223);
        server = WebServer.create(
                        new FakeRegionCatalog(Pingtung.regions()),
                        new FakeIndicatorCatalog(Pingtung.indicators()),
                        new FakeObservationRepository(o, Pingtung.regions()),
                        new FakeDatasetCatalog(Pingtung.datasets()))
                .start(0);
    }

    private static void town(
            List<Observation> o,
            RegionId town,
            double population,
            double change,
            double income,
            double aged,
            double density) {
        o.add(row("population.total", town, population));
        o.add(row("population.change_rate_5y", town, change));
        o.add(row("income.median", town, income));
        o.add(row("population.share_65_plus", town, aged));
        o.add(row("population.density", town, density));
    }

    private static Observation row(String indicator, RegionId town, double value) {
        return new Observation("test.2017", IndicatorId.of(indicator), town, "2017", Sex.T, "_T", "_T", value, "A");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String pathAndQuery) {
        try {
            return CLIENT.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + pathAndQuery))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String pathAndQuery) throws IOException {
        return new ObjectMapper().readTree(get(pathAndQuery).body());
    }

    @Test
    void priorityScreenAsCsvHasOneRowPerTown() {
        var response = get("/api/v1/benchmark/priority?country=TW&population_max=50000&income_max=515&format=csv");
        assertThat(response.statusCode()).isEqualTo(200);
        GoldenFile.assertMatches("benchmark-priority-pingtung.csv", response.body());
    }

    @Test
    void priorityScreenAsJsonGivesTotalsBesideThePublishedFacts() throws IOException {
        JsonNode answer = json("/api/v1/benchmark/priority?format=json");
        assertThat(answer.path("published").path("selected_count").asInt()).isEqualTo(134);
        assertThat(answer.path("published").path("land_share").asDouble()).isEqualTo(0.665);
        assertThat(answer.path("totals").path("region_count").asInt()).isEqualTo(4);
        assertThat(answer.path("rule").path("criteria_required").asInt()).isEqualTo(2);
    }

    @Test
    void neighboursAsCsvComeNearestFirstWithoutTheRegion() {
        var response = get("/api/v1/benchmark/neighbours?region=TW:10013030&k=2&format=csv");
        assertThat(response.statusCode()).isEqualTo(200);
        GoldenFile.assertMatches("benchmark-neighbours-donggang.csv", response.body());
    }

    @Test
    void indexWithRankIntervalsIsReproducible() {
        String path = "/api/v1/benchmark/index?country=TW&indicators=income.median,-population.share_65_plus"
                + ",population.change_rate_5y&uncertainty=200&lang=en";
        var response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        GoldenFile.assertMatches("benchmark-index-pingtung.json", response.body());
        assertThat(get(path).body()).isEqualTo(response.body());
    }

    @Test
    void indexSensitivityGivesSobolIndicesOfEachChoice() throws IOException {
        String path = "/api/v1/benchmark/index?country=TW&indicators=income.median,-population.share_65_plus"
                + ",population.change_rate_5y&sensitivity=64&lang=en";
        var response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        var answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());

        assertThat(answer.path("sensitivity_runs").asInt())
                .isEqualTo(64 * (5 + 2)); // N (d + 2), d = 2 choices + 3 weights
        assertThat(answer.path("sensitivity").findValuesAsText("factor"))
                .containsExactly(
                        "normalisation",
                        "aggregation",
                        "weight:income.median",
                        "weight:population.share_65_plus",
                        "weight:population.change_rate_5y");
        answer.path("sensitivity")
                .forEach(f -> assertThat(f.path("total").asDouble()).isGreaterThanOrEqualTo(0));
        assertThat(get(path).body()).isEqualTo(response.body());
        assertThat(get(path.replace("sensitivity=64", "sensitivity=8")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void typologyPutsEveryTownInOneCluster() throws IOException {
        JsonNode answer = json("/api/v1/benchmark/typology?country=TW&k=2&method=ward");
        assertThat(answer.path("clusters").findValues("size").stream()
                        .mapToInt(JsonNode::asInt)
                        .sum())
                .isEqualTo(4);
        assertThat(answer.path("method").asText()).isEqualTo("ward");
    }

    @Test
    void anIndicatorWithoutDataIsANoDataProblemAndAMissingRegionABadParameter() throws IOException {
        var noData = get("/api/v1/benchmark/index?indicators=income.median@1999");
        assertThat(noData.statusCode()).isEqualTo(404);
        assertThat(new ObjectMapper().readTree(noData.body()).path("code").asText())
                .isEqualTo("no_data");
        assertThat(get("/api/v1/benchmark/neighbours").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/benchmark/neighbours?region=TW:99999999").statusCode())
                .isEqualTo(404);
    }
}
