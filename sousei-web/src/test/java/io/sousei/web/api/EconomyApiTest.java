package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import org.junit.jupiter.api.TestInstance;

/** The economy routes over Japan's real 2015 table (12 sectors) and a small Pingtung establishment mix. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EconomyApiTest {

    private WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws IOException {
        List<Observation> observations = new ArrayList<>(japanTable());
        establishments(observations, Pingtung.TAIWAN, 10_000, 100_000, 890_000);
        establishments(observations, Pingtung.COUNTY, 1_000, 2_000, 17_000);
        establishments(observations, Pingtung.CITY, 100, 100, 1_800);
        server = WebServer.create(
                        new FakeRegionCatalog(Pingtung.regions()),
                        new FakeIndicatorCatalog(Pingtung.indicators()),
                        new FakeObservationRepository(observations, Pingtung.regions()),
                        new FakeDatasetCatalog(Pingtung.datasets()))
                .start(0);
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    @Test
    void japansMultipliersAsCsvHaveTheFixedColumnsAndAnEmptyIncomeColumn() {
        HttpResponse<String> r = get("/api/v1/economy/io/multipliers?area=JP&format=csv");
        assertThat(r.statusCode()).isEqualTo(200);
        GoldenFile.assertMatches("economy-multipliers-jp.csv", r.body());
    }

    @Test
    void japansMultipliersAsJsonNameTheModelAndWhyIncomeIsAbsent() throws IOException {
        JsonNode m = json("/api/v1/economy/io/multipliers?area=JP");
        assertThat(m.get("model").asText()).contains("as-is");
        assertThat(m.get("hawkins_simon").asBoolean()).isTrue();
        assertThat(m.get("absent").get("income_multiplier").asText()).contains("compensation");
        JsonNode manufacturing = m.get("sectors").get(2);
        assertThat(manufacturing.get("output_multiplier").asDouble()).isCloseTo(2.518245, within(1e-6));
        assertThat(manufacturing.get("income_multiplier").isNull()).isTrue();
    }

    @Test
    void rippleOfAServicesShockInTheClosedModel() throws IOException {
        JsonNode r = json("/api/v1/economy/io/ripple?area=JP&shock=11:1000");
        assertThat(r.get("direct_output_million_yen").asDouble()).isEqualTo(1000.0);
        assertThat(r.get("ripple_multiplier").asDouble()).isCloseTo(1.769737, within(1e-6));
        assertThat(r.get("induced_output_million_yen").isNull()).isTrue();
        assertThat(r.get("absent").has("induced")).isTrue();
    }

    @Test
    void givenSelfSufficiencyRatesReplaceTheEstimateAndAreNamed() throws IOException {
        StringBuilder none = new StringBuilder("/api/v1/economy/io/multipliers?area=JP&model=regional");
        for (int sector = 1; sector <= 12; sector++) {
            none.append("&self_sufficiency=")
                    .append(String.format("%02d", sector))
                    .append(":0");
        }
        JsonNode closedEconomy = json(none.toString());
        // nothing bought inside the area: every unit of final demand is output once and leaks at once
        closedEconomy
                .get("sectors")
                .forEach(s -> assertThat(s.get("output_multiplier").asDouble()).isCloseTo(1.0, within(1e-12)));
        assertThat(closedEconomy.get("model").asText())
                .contains("given by the user")
                .doesNotContain("ESTIMATED");

        JsonNode partly =
                json("/api/v1/economy/io/ripple?area=JP&model=regional&shock=11:1000&self_sufficiency=11:0.5");
        assertThat(partly.get("model").asText()).contains("ESTIMATED").contains("given by the user for sectors 11");
        assertThat(get("/api/v1/economy/io/multipliers?area=JP&self_sufficiency=11:0.5")
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/economy/io/multipliers?area=JP&model=regional&self_sufficiency=99:0.5")
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/economy/io/multipliers?area=JP&model=regional&self_sufficiency=11:1.5")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void refusalsAreProblems() throws IOException {
        HttpResponse<String> noTable = get("/api/v1/economy/io/multipliers?area=JP:01");
        assertThat(noTable.statusCode()).isEqualTo(404);
        assertThat(noTable.body()).contains("no_data");
        HttpResponse<String> badShock = get("/api/v1/economy/io/ripple?area=JP&shock=99:5");
        assertThat(badShock.statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/economy/io/ripple?area=JP&shock=11").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/economy/io/multipliers?area=JP&model=open").statusCode())
                .isEqualTo(400);
    }

    @Test
    void townStructureHasQuotientsAgainstCountyAndNation() throws IOException {
        JsonNode s = json("/api/v1/economy/industry-structure?region=TW:10013010");
        assertThat(s.get("parent").asText()).isEqualTo("TW:10013");
        JsonNode agriculture = s.get("industries").get(0);
        assertThat(agriculture.get("industry").asText()).isEqualTo("A");
        assertThat(agriculture.get("location_quotient_parent").asDouble()).isCloseTo(0.05 / 0.05, within(1e-12));
        assertThat(agriculture.get("location_quotient_nation").asDouble()).isCloseTo(0.05 / 0.01, within(1e-12));
        assertThat(s.get("herfindahl_index").asDouble()).isCloseTo(0.05 * 0.05 * 2 + 0.9 * 0.9, within(1e-12));
    }

    private static void establishments(List<Observation> o, RegionId region, double a, double c, double g) {
        IndicatorId id = IndicatorId.of("industry.establishments");
        o.add(new Observation("tw.segis", id, region, "2021-06", Sex.T, "_T", "A", a, "A"));
        o.add(new Observation("tw.segis", id, region, "2021-06", Sex.T, "_T", "C", c, "A"));
        o.add(new Observation("tw.segis", id, region, "2021-06", Sex.T, "_T", "G", g, "A"));
        o.add(new Observation("tw.segis", id, region, "2021-06", Sex.T, "_T", "_T", a + c + g, "A"));
    }

    private static List<Observation> japanTable() throws IOException {
        List<Observation> rows = new ArrayList<>();
        try (var in = EconomyApiTest.class.getResourceAsStream("/economy/japan-io-2015.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",");
                rows.add(new Observation(
                        "jp.io_2015",
                        IndicatorId.of(f[0]),
                        RegionId.parse(f[1]),
                        "2015",
                        Sex.T,
                        "_T",
                        f[2],
                        Double.parseDouble(f[3]),
                        "A"));
            }
        }
        return rows;
    }

    private HttpResponse<String> get(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode json(String path) throws IOException {
        return new ObjectMapper().readTree(get(path).body());
    }
}
