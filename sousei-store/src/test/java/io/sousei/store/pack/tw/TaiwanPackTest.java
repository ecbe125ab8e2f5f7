package io.sousei.store.pack.tw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.observation.Sex;
import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import io.sousei.store.ImportListener;
import io.sousei.store.ImportSummary;
import io.sousei.store.Warehouse;
import io.sousei.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the bundled data of the project ({@code ../data}: catalogue and the Taiwan pack) once into a fresh
 * warehouse and checks it against published totals, the source files and hand-computed formulas.
 */
class TaiwanPackTest {

    private static final RegionId PINGTUNG_CITY = RegionId.parse("TW:10013010");
    private static final String[] FIVE_YEAR = {
        "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64",
        "65-69", "70-74", "75-79", "80-84", "85+"
    };

    @TempDir
    static Path tmp;

    static Warehouse warehouse;
    static ImportSummary summary;

    @BeforeAll
    static void importBundledData() {
        Path data = Path.of("..", "data").toAbsolutePath().normalize();
        assertThat(Files.isRegularFile(data.resolve("packs/tw/pack.json")))
                .as(data.toString())
                .isTrue();
        warehouse = Warehouse.open(tmp.resolve("tw.duckdb"));
        summary = warehouse.importBundled(data, false, ImportListener.SILENT);
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static List<Observation> rows(
            String indicator,
            RegionLevel level,
            RegionId parent,
            List<RegionId> regions,
            String period,
            Sex sex,
            String age,
            String category) {
        return warehouse
                .observations()
                .listObservations(new ObservationQuery(
                        IndicatorId.of(indicator),
                        Country.TW,
                        level,
                        parent,
                        regions,
                        period,
                        sex,
                        age,
                        category,
                        ObservationQuery.DEFAULT_LIMIT));
    }

    private static double value(String indicator, RegionId region, String period, Sex sex, String age) {
        List<Observation> found = rows(indicator, null, null, List.of(region), period, sex, age, null);
        assertThat(found)
                .as(indicator + " " + region + " " + period + " " + sex + " " + age)
                .hasSize(1);
        return found.get(0).value();
    }

    private static double value(String indicator, RegionId region, String period) {
        return value(indicator, region, period, Sex.T, "_T");
    }

    @Test
    void nationalTotalsEqualThePublishedOnes() {
        RegionId tw = RegionId.nation(Country.TW);
        assertThat(value("population.total", tw, "2000")).isEqualTo(22_276_672);
        assertThat(value("population.total", tw, "2017")).isEqualTo(23_571_227);
        assertThat(value("population.total", tw, "2021-06")).isEqualTo(23_487_509);
        assertThat(value("population.births", tw, "2015")).isEqualTo(213_598);
        // the published crude birth rate wins over the derived one
        assertThat(value("population.crude_birth_rate", tw, "2015")).isEqualTo(9.1);
    }

    @Test
    void theTownLayerKeysEveryTownByItsRegionIdAndStaysSmall() throws Exception {
        var layers = warehouse.boundaries().listLayers(Country.TW, RegionLevel.TOWN);
        assertThat(layers).hasSize(1);
        var topology = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(layers.get(0).topoJson());
        var ids = new java.util.TreeSet<String>();
        topology.path("objects")
                .path("towns")
                .path("geometries")
                .forEach(g -> ids.add(g.path("id").asText()));
        var towns = warehouse.regions().listRegions(Country.TW, RegionLevel.TOWN, null).stream()
                .map(r -> r.id().toString())
                .toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(towns);
        var gzipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(gzipped)) {
            gzip.write(layers.get(0).topoJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(gzipped.size()).as("gzipped bytes").isLessThan(300_000);
    }

    @Test
    void regionsHaveTheOfficialCountsNamesAndBoundaries() {
        var regions = warehouse.regions();
        List<Region> counties = regions.listRegions(Country.TW, RegionLevel.COUNTY, null);
        List<Region> towns = regions.listRegions(Country.TW, RegionLevel.TOWN, null);
        assertThat(counties).hasSize(22);
        assertThat(towns).hasSize(368);
        assertThat(regions.listRegions(Country.TW, RegionLevel.VILLAGE, null)).hasSize(7_761);
        for (Region r : counties) {
            assertThat(warehouse.boundaries().findBoundary(r.id()))
                    .as(r.id().toString())
                    .isPresent();
        }
        for (Region r : towns) {
            assertThat(warehouse.boundaries().findBoundary(r.id()))
                    .as(r.id().toString())
                    .isPresent();
            assertThat(r.areaKm2()).as(r.id() + " area").isPositive();
        }
        assertThat(regions.findRegion(RegionId.parse("TW:63000"))
                        .orElseThrow()
                        .name()
                        .in(Language.ZH_HANT))
                .isEqualTo("臺北市");
        assertThat(regions.findRegion(RegionId.parse("TW:10014010"))
                        .orElseThrow()
                        .name()
                        .in(Language.ZH_HANT))
                .isEqualTo("臺東市");
        assertThat(regions.findRegion(PINGTUNG_CITY).orElseThrow().name().in(Language.EN))
                .isEqualTo("Pingtung City");
    }

    @Test
    void townsAddUpToCountiesAndCountiesToTheNation() {
        for (String[] c : new String[][] {
            {"population.total", "2017"},
            {"population.total", "2021-06"},
            {"population.births", "2015"},
            {"population.births", "2021-03"},
            {"population.households", "2020"}
        }) {
            Map<RegionId, Double> byCounty = new TreeMap<>();
            for (Observation o : rows(c[0], RegionLevel.TOWN, null, null, c[1], Sex.T, "_T", null)) {
                byCounty.merge(RegionId.of(Country.TW, o.region().code().substring(0, 5)), o.value(), Double::sum);
            }
            assertThat(byCounty).as(c[0] + " " + c[1]).hasSize(22);
            double nation = 0;
            for (var e : byCounty.entrySet()) {
                assertThat(value(c[0], e.getKey(), c[1]))
                        .as(c[0] + " " + e.getKey() + " " + c[1])
                        .isEqualTo(e.getValue());
                nation += e.getValue();
            }
            assertThat(value(c[0], RegionId.nation(Country.TW), c[1])).isEqualTo(nation);
        }
    }

    @Test
    void ageGroupsAddUpToTheTotal() {
        double sum = 0;
        for (String age : FIVE_YEAR) {
            sum += value("population.total", PINGTUNG_CITY, "2017", Sex.T, age);
        }
        assertThat(sum).isEqualTo(value("population.total", PINGTUNG_CITY, "2017"));
        assertThat(value("population.total", PINGTUNG_CITY, "2017", Sex.M, "_T")
                        + value("population.total", PINGTUNG_CITY, "2017", Sex.F, "_T"))
                .isEqualTo(value("population.total", PINGTUNG_CITY, "2017"));
    }

    @Test
    void derivedPopulationIndicatorsOfPingtungCity2017MatchAHandComputation() {
        double[] p = new double[FIVE_YEAR.length];
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = value("population.total", PINGTUNG_CITY, "2017", Sex.T, FIVE_YEAR[i]);
            total += p[i];
        }
        double young = p[0] + p[1] + p[2];
        double old = p[13] + p[14] + p[15] + p[16] + p[17];
        double working = total - young - old;
        assertThat(value("population.ageing_index", PINGTUNG_CITY, "2017")).isCloseTo(100 * old / young, within(1e-9));
        assertThat(value("population.old_age_dependency", PINGTUNG_CITY, "2017"))
                .isCloseTo(100 * old / working, within(1e-9));
        assertThat(value("population.total_dependency", PINGTUNG_CITY, "2017"))
                .isCloseTo(100 * (young + old) / working, within(1e-9));
        assertThat(value("population.share_65_plus", PINGTUNG_CITY, "2017")).isCloseTo(100 * old / total, within(1e-9));
        // median: linear interpolation inside the five-year group that holds the middle person
        double half = total / 2;
        double below = 0;
        int g = 0;
        while (below + p[g] < half) {
            below += p[g++];
        }
        double median = 5 * g + 5 * (half - below) / p[g];
        assertThat(value("population.median_age", PINGTUNG_CITY, "2017")).isCloseTo(median, within(1e-9));
        assertThat(median).isBetween(35.0, 50.0);
        // sex ratio, density
        assertThat(value("population.sex_ratio", PINGTUNG_CITY, "2017"))
                .isCloseTo(
                        100
                                * value("population.total", PINGTUNG_CITY, "2017", Sex.M, "_T")
                                / value("population.total", PINGTUNG_CITY, "2017", Sex.F, "_T"),
                        within(1e-9));
        double area =
                warehouse.regions().findRegion(PINGTUNG_CITY).orElseThrow().areaKm2();
        assertThat(value("population.density", PINGTUNG_CITY, "2017")).isCloseTo(total / area, within(1e-9));
    }

    @Test
    void changeAndMigrationFollowTheBalancingEquation() {
        RegionId tw = RegionId.nation(Country.TW);
        double p16 = value("population.total", tw, "2016");
        double p17 = value("population.total", tw, "2017");
        double births = value("population.births", tw, "2017");
        double deaths = value("population.deaths", tw, "2017");
        assertThat(value("population.natural_change", tw, "2017")).isEqualTo(births - deaths);
        assertThat(value("population.net_migration", tw, "2017")).isEqualTo(p17 - p16 - (births - deaths));
        assertThat(value("population.change_rate_1y", tw, "2017")).isCloseTo(100 * (p17 / p16 - 1), within(1e-9));
        assertThat(value("population.crude_death_rate", tw, "2017"))
                .isCloseTo(1000 * deaths / ((p16 + p17) / 2), within(1e-9));
        // the indirect TFR estimate stays near the official 1.125 (2017)
        assertThat(value("population.tfr", tw, "2017")).isCloseTo(1.125, within(0.03));
    }

    @Test
    void incomeOfPingtungCity2018EqualsTheFile() {
        // town_income_tax_stats_2012-2018_pscdata.csv, 107,"屏東縣","屏東市"
        assertThat(value("income.tax_units", PINGTUNG_CITY, "2018")).isEqualTo(50_038);
        assertThat(value("income.total", PINGTUNG_CITY, "2018")).isEqualTo(41_030_327);
        assertThat(value("income.mean", PINGTUNG_CITY, "2018")).isEqualTo(820);
        assertThat(value("income.median", PINGTUNG_CITY, "2018")).isEqualTo(627);
        assertThat(value("income.q1", PINGTUNG_CITY, "2018")).isEqualTo(366);
        assertThat(value("income.q3", PINGTUNG_CITY, "2018")).isEqualTo(1036);
        double cv = value("income.cv", PINGTUNG_CITY, "2018");
        assertThat(cv).isEqualTo(97.2);
        assertThat(100 * value("income.sd", PINGTUNG_CITY, "2018") / value("income.mean", PINGTUNG_CITY, "2018"))
                .isCloseTo(cv, within(0.7));
    }

    @Test
    void businessesBySectionAddUpToTheTotal() {
        double sections = 0;
        for (Observation o : rows(
                "industry.establishments",
                null,
                null,
                List.of(PINGTUNG_CITY),
                "2021-06",
                Sex.T,
                "_T",
                ObservationQuery.ANY_CATEGORY)) {
            if (!o.category().equals("_T")) {
                sections += o.value();
            }
        }
        assertThat(sections)
                .isEqualTo(value("industry.establishments", PINGTUNG_CITY, "2021-06"))
                .isPositive();
    }

    @Test
    void townTouristVisitsNeverExceedTheirCounty() {
        for (Observation town :
                rows("tourism.spot_visitors", RegionLevel.TOWN, null, null, "2019", Sex.T, "_T", null)) {
            RegionId county = RegionId.of(Country.TW, town.region().code().substring(0, 5));
            assertThat(town.value())
                    .as(town.region().toString())
                    .isLessThanOrEqualTo(value("tourism.spot_visitors", county, "2019"));
        }
    }
}
