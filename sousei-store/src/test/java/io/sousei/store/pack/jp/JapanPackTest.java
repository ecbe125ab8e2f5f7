package io.sousei.store.pack.jp;

import static org.assertj.core.api.Assertions.assertThat;

import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.observation.Sex;
import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import io.sousei.store.ImportListener;
import io.sousei.store.Warehouse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled Japanese pack ({@code data/packs/jp}) with the project's catalogue, imported once into a
 * temporary warehouse and checked against published totals and against its own source files.
 *
 * <p>Only the Japanese pack is imported (with the whole catalogue), so that this test speaks about it alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JapanPackTest {

    private static final Path DATA = Path.of("..", "data").toAbsolutePath().normalize();
    private static final Path PACK = DATA.resolve("packs").resolve("jp");

    /** Island municipalities whose geometry the 0.1% simplification of N03 (s0001) dropped; s0010 supplies it. */
    private static final Set<String> ISLANDS =
            Set.of("JP:13362", "JP:13402", "JP:38356", "JP:44322", "JP:47354", "JP:47355", "JP:47356");

    @TempDir
    static Path tmp;

    private Warehouse warehouse;

    @BeforeAll
    void importPack() throws IOException {
        Path data = tmp.resolve("data");
        copyTree(DATA.resolve("catalogue"), data.resolve("catalogue"));
        copyTree(PACK, data.resolve("packs").resolve("jp"));
        warehouse = Warehouse.open(tmp.resolve("jp.duckdb"));
        warehouse.importBundled(data, false, ImportListener.SILENT);
    }

    @AfterAll
    void close() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    @Test
    void nationalCensusTotalsAreThePublishedOnes() {
        assertThat(value("population.total", RegionId.parse("JP"), "2010")).isEqualTo(128_057_352.0);
        assertThat(value("population.total", RegionId.parse("JP"), "2015")).isEqualTo(127_094_745.0);
        // 2015 census table 00100: 53,448,685 households in Japan, summed from the municipalities
        assertThat(value("population.households", RegionId.parse("JP"), "2015")).isEqualTo(53_448_685.0);
    }

    @Test
    void hasTheNationThePrefecturesAndTheMunicipalitiesWithBoundaries() {
        List<Region> prefectures = warehouse.regions().listRegions(Country.JP, RegionLevel.PREFECTURE, null);
        List<Region> municipalities = warehouse.regions().listRegions(Country.JP, RegionLevel.MUNICIPALITY, null);
        assertThat(warehouse.regions().listRegions(Country.JP, RegionLevel.NATION, null))
                .hasSize(1);
        assertThat(prefectures).hasSize(47);
        assertThat(municipalities).hasSize(1741);
        var boundaries = warehouse.boundaries();
        for (Region p : prefectures) {
            assertThat(boundaries.findBoundary(p.id())).as(p.id().toString()).isPresent();
        }
        // a geometry without coordinates is no boundary (the s0001 simplification emptied 30422 太地町)
        List<String> missing = municipalities.stream()
                .filter(m -> boundaries
                        .findBoundary(m.id())
                        .filter(b -> !b.contains("\"coordinates\":[]"))
                        .isEmpty())
                .map(m -> m.id().toString())
                .toList();
        assertThat(missing).isEmpty();
        for (String island : ISLANDS) {
            assertThat(boundaries.findBoundary(RegionId.parse(island)).orElseThrow())
                    .contains("Polygon");
        }
        // codes changed after the census: the boundary of 04216 富谷市 and 40231 那珂川市 is mapped back
        assertThat(boundaries.findBoundary(RegionId.parse("JP:04423"))).isPresent();
        assertThat(boundaries.findBoundary(RegionId.parse("JP:40305"))).isPresent();
        Region tomiya =
                warehouse.regions().findRegion(RegionId.parse("JP:04423")).orElseThrow();
        assertThat(tomiya.validTo()).isEqualTo(LocalDate.of(2016, 10, 9));
        assertThat(tomiya.parent()).isEqualTo(RegionId.parse("JP:04"));
    }

    @Test
    void everyEnglishMunicipalNameOfTheListIsUsed() {
        long named = warehouse.regions().listRegions(Country.JP, RegionLevel.MUNICIPALITY, null).stream()
                .filter(m -> m.name().en() != null)
                .count();
        assertThat(named).as("rows of municipal_names_en.csv").isEqualTo(57);
        assertThat(warehouse
                        .regions()
                        .getRegion(RegionId.parse("JP:01100"))
                        .name()
                        .en())
                .isEqualTo("Sapporo City");
    }

    @Test
    void everyMunicipalityIsOnTheMapLayers() throws IOException {
        var ids = new java.util.HashSet<String>();
        for (var layer : warehouse.boundaries().listLayers(Country.JP, RegionLevel.MUNICIPALITY)) {
            var topology = new com.fasterxml.jackson.databind.ObjectMapper().readTree(layer.topoJson());
            topology.path("objects").forEach(o -> o.path("geometries")
                    .forEach(g -> ids.add(g.path("id").asText())));
        }
        List<String> missing = warehouse.regions().listRegions(Country.JP, RegionLevel.MUNICIPALITY, null).stream()
                .map(m -> m.id().toString())
                .filter(id -> !ids.contains(id))
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void municipalitiesSumToTheirPrefectureAtEveryCensus() {
        for (String year : List.of("1980", "2000", "2015")) {
            Map<RegionId, Double> sums = new HashMap<>();
            for (Observation o : rows("population.total", RegionLevel.MUNICIPALITY, year, Sex.T, "_T", "_T")) {
                sums.merge(RegionId.of(Country.JP, o.region().code().substring(0, 2)), o.value(), Double::sum);
            }
            List<Observation> prefectures = rows("population.total", RegionLevel.PREFECTURE, year, Sex.T, "_T", "_T");
            assertThat(prefectures).hasSize(47);
            for (Observation p : prefectures) {
                assertThat(p.value()).as(p.region() + " " + year).isEqualTo(sums.get(p.region()));
            }
        }
    }

    @Test
    void censusAgeGroupsAndSexesAddUpToTheTotal() {
        RegionId sapporo = RegionId.parse("JP:01100");
        double total = value("population.total", sapporo, "2015");
        double byAge = rows("population.total", RegionLevel.MUNICIPALITY, "2015", Sex.T, null, "_T").stream()
                .filter(o -> o.region().equals(sapporo) && !o.ageGroup().equals("_T"))
                .mapToDouble(Observation::value)
                .sum();
        assertThat(byAge).isEqualTo(total);
        double men = one("population.total", sapporo, "2015", Sex.M, "_T", "_T");
        double women = one("population.total", sapporo, "2015", Sex.F, "_T", "_T");
        assertThat(men + women).isEqualTo(total);
    }

    @Test
    void ssdsValuesAreTheFileValues() throws IOException {
        Map<String, String[]> ssds = ssdsRows(Set.of("C1121|2015", "I5101|2020", "A410204|2000", "I1501|2020"));
        // 県内総生産 of Tokyo, FY2015, million yen
        assertThat(value("economy.gdp", RegionId.parse("JP:13"), "2015"))
                .isEqualTo(Double.parseDouble(ssds.get("C1121|2015")[2 + 13]));
        // hospitals of Hokkaido, 2020
        assertThat(value("medical.hospitals", RegionId.parse("JP:01"), "2020"))
                .isEqualTo(Double.parseDouble(ssds.get("I5101|2020")[2 + 1]));
        // births to mothers aged 25–29 in Okinawa, 2000
        assertThat(one("population.births", RegionId.parse("JP:47"), "2000", Sex.T, "25-29", "_T"))
                .isEqualTo(Double.parseDouble(ssds.get("A410204|2000")[2 + 47]));
        // life expectancy of men aged 65 in Nagano, 2020
        assertThat(one("medical.life_expectancy", RegionId.parse("JP:20"), "2020", Sex.M, "65-65", "_T"))
                .isEqualTo(Double.parseDouble(ssds.get("I1501|2020")[2 + 20]));
    }

    @Test
    void inputOutputOutputOfJapan() {
        List<Observation> output = warehouse
                .observations()
                .listObservations(new ObservationQuery(
                        IndicatorId.of("economy.io.output"),
                        Country.JP,
                        null,
                        null,
                        List.of(RegionId.parse("JP")),
                        "2015",
                        null,
                        null,
                        ObservationQuery.ANY_CATEGORY,
                        100));
        Map<String, Double> bySector =
                output.stream().collect(Collectors.toMap(Observation::category, Observation::value));
        assertThat(bySector).hasSize(12);
        assertThat(bySector.get("03")).isEqualTo(302_809_197.0); // manufacturing, million yen
        assertThat(bySector.values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(1_017_818_388.0);
        assertThat(one("economy.io.intermediate_flow", RegionId.parse("JP"), "2015", Sex.T, "_T", "R03C03"))
                .isEqualTo(133_599_329.0);
    }

    @Test
    void everyMunicipalityHasAnEstimatedTfr() {
        List<Observation> tfr = rows("population.tfr", RegionLevel.MUNICIPALITY, "2010", Sex.T, "_T", "_T");
        assertThat(tfr).hasSize(1741);
        assertThat(tfr).allSatisfy(o -> assertThat(o.status()).isEqualTo("E"));
        assertThat(tfr).allSatisfy(o -> assertThat(o.value()).isBetween(0.5, 3.5));
    }

    @Test
    void derivedEconomyIndicators() {
        double gdp = value("economy.gdp", RegionId.parse("JP:13"), "2015");
        double income = value("economy.income", RegionId.parse("JP:13"), "2015");
        assertThat(value("economy.circulation_rate", RegionId.parse("JP:13"), "2015"))
                .isCloseTo(100 * gdp / income, org.assertj.core.data.Offset.offset(1e-9));
        // 2015 census: 4.2% unemployed nationally
        assertThat(value("employment.unemployment_rate", RegionId.parse("JP"), "2015"))
                .isCloseTo(4.23, org.assertj.core.data.Offset.offset(0.01));
        // 医療施設従事医師 per 100,000, 2020: 256.6 nationally
        assertThat(value("medical.doctors_per_100k", RegionId.parse("JP"), "2020"))
                .isCloseTo(256.6, org.assertj.core.data.Offset.offset(0.05));
    }

    private double value(String indicator, RegionId region, String period) {
        return one(indicator, region, period, Sex.T, "_T", "_T");
    }

    private double one(String indicator, RegionId region, String period, Sex sex, String age, String category) {
        List<Observation> found = warehouse
                .observations()
                .listObservations(new ObservationQuery(
                        IndicatorId.of(indicator),
                        Country.JP,
                        null,
                        null,
                        List.of(region),
                        period,
                        sex,
                        age,
                        category,
                        10));
        assertThat(found).as(indicator + " " + region + " " + period).hasSize(1);
        return found.get(0).value();
    }

    private List<Observation> rows(
            String indicator, RegionLevel level, String period, Sex sex, String age, String category) {
        if (age == null) {
            return Stream.of(
                            "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
                            "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+", "unknown")
                    .flatMap(a -> rows(indicator, level, period, sex, a, category).stream())
                    .toList();
        }
        return warehouse
                .observations()
                .listObservations(new ObservationQuery(
                        IndicatorId.of(indicator),
                        Country.JP,
                        level,
                        null,
                        List.of(),
                        period,
                        sex,
                        age,
                        category,
                        ObservationQuery.DEFAULT_LIMIT));
    }

    /** Rows of the SSDS wide file by "item|year": item_code, year, p00 … p47. */
    private static Map<String, String[]> ssdsRows(Set<String> wanted) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        Path file = PACK.resolve("ssds-pref").resolve("ssds_pref_selected_wide.csv.gz");
        try (var in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                String key = f[0] + "|" + f[1];
                if (wanted.contains(key)) {
                    out.put(key, f);
                }
            }
        }
        assertThat(out).hasSize(wanted.size());
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
