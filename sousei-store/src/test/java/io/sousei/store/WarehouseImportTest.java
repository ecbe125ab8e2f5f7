package io.sousei.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sousei.importing.ImportRejectedException;
import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import io.sousei.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseImportTest {

    private static final IndicatorId POPULATION = IndicatorId.of("population.total");

    @TempDir
    Path tmp;

    private double value(Warehouse w, String indicator, RegionLevel level, String period) {
        List<Observation> rows = w.observations()
                .listObservations(ObservationQuery.of(IndicatorId.of(indicator), Country.TW, level, period));
        assertThat(rows).hasSize(1);
        return rows.get(0).value();
    }

    @Test
    void importsRegionsBoundariesAndObservationsOfThePack() {
        Path data = Fixtures.lienchiang(tmp.resolve("data"));
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            ImportSummary summary = w.importBundled(data, false, ImportListener.SILENT);

            assertThat(summary.imported()).isEqualTo(2);
            assertThat(w.datasets().listDatasets())
                    .extracting(io.sousei.dataset.Dataset::id)
                    .containsExactly("tw.moi.population_age5", "tw.regions", "derived.population", "derived.rollup");
            assertThat(w.regions().listRegions(Country.TW, RegionLevel.TOWN, null))
                    .hasSize(4);
            assertThat(w.regions()
                            .getRegion(RegionId.parse("TW:09007010"))
                            .name()
                            .in(Language.EN))
                    .isEqualTo("Nangan Township");
            var boundaries = w.boundaries();
            for (var town : w.regions().listRegions(Country.TW, RegionLevel.TOWN, null)) {
                assertThat(boundaries.findBoundary(town.id()))
                        .as(town.id().toString())
                        .isPresent();
            }
            assertThat(boundaries.findBoundary(RegionId.parse("TW:09007040")).orElseThrow())
                    .startsWith("{\"type\":\"Polygon\"");
            // 南竿鄉 2017: 4,232 men + 3,312 women in the published file
            var nangan = w.observations()
                    .listObservations(new ObservationQuery(
                            POPULATION,
                            Country.TW,
                            null,
                            null,
                            List.of(RegionId.parse("TW:09007010")),
                            "2017",
                            null,
                            null,
                            null,
                            10));
            assertThat(nangan).singleElement().extracting(Observation::value).isEqualTo(7544.0);
        }
    }

    @Test
    void cutsABoundaryLayerToTheRegionsWithinOne() throws Exception {
        Path data = Fixtures.lienchiang(tmp.resolve("data"));
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            w.importBundled(data, false, ImportListener.SILENT);
            var boundaries = w.boundaries();
            var json = new com.fasterxml.jackson.databind.ObjectMapper();

            var county = boundaries.listLayers(Country.TW, RegionLevel.TOWN, RegionId.parse("TW:09007"));
            var town = boundaries.listLayers(Country.TW, RegionLevel.TOWN, RegionId.parse("TW:09007010"));

            assertThat(county).singleElement().satisfies(layer -> assertThat(json.readTree(layer.topoJson())
                            .path("objects")
                            .path("towns")
                            .path("geometries")
                            .findValuesAsText("id"))
                    .containsExactlyInAnyOrder("TW:09007010", "TW:09007020", "TW:09007030", "TW:09007040"));
            assertThat(town).as("a town has no towns within it").isEmpty();
            String whole =
                    boundaries.listLayers(Country.TW, RegionLevel.TOWN).get(0).topoJson();
            assertThat(json.readTree(county.get(0).topoJson()).path("arcs").size())
                    .isEqualTo(json.readTree(whole).path("arcs").size());
        }
    }

    @Test
    void rollsUpAdditiveIndicatorsToCountyAndNation() {
        Path data = Fixtures.lienchiang(tmp.resolve("data"));
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            w.importBundled(data, false, ImportListener.SILENT);

            double towns = w
                    .observations()
                    .listObservations(ObservationQuery.of(POPULATION, Country.TW, RegionLevel.TOWN, "2017"))
                    .stream()
                    .mapToDouble(Observation::value)
                    .sum();
            assertThat(towns).isEqualTo(7544 + 2360 + 1624 + 1352);
            assertThat(value(w, "population.total", RegionLevel.COUNTY, "2017")).isEqualTo(towns);
            assertThat(value(w, "population.total", RegionLevel.NATION, "2017")).isEqualTo(towns);
        }
    }

    @Test
    void derivesIndicatorsWithTheirFormulaAtEveryLevel() {
        Path data = Fixtures.lienchiang(tmp.resolve("data"));
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            w.importBundled(data, false, ImportListener.SILENT);

            double old = value(w, "population.age_65_plus", RegionLevel.COUNTY, "2017");
            double all = value(w, "population.total", RegionLevel.COUNTY, "2017");
            assertThat(value(w, "population.share_65_plus", RegionLevel.COUNTY, "2017"))
                    .isCloseTo(100 * old / all, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(old).isGreaterThan(0).isLessThan(all);
        }
    }

    @Test
    void reimportingUnchangedPacksChangesNothing() {
        Path data = Fixtures.lienchiang(tmp.resolve("data"));
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            w.importBundled(data, false, ImportListener.SILENT);
            int datasets = w.datasets().listDatasets().size();

            ImportSummary again = w.importBundled(data, false, ImportListener.SILENT);

            assertThat(again.imported()).isZero();
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(w.datasets().listDatasets()).hasSize(datasets);
            assertThat(value(w, "population.total", RegionLevel.NATION, "2017")).isEqualTo(12880);
        }
    }

    @Test
    void aChangedFileReplacesItsDataset() throws Exception {
        Path data = Fixtures.lienchiang(tmp.resolve("data"));
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            w.importBundled(data, false, ImportListener.SILENT);
            Path csv = data.resolve("packs/tw/population/town_pop_age5_sex_2016-2017.csv");
            List<String> lines = Files.readAllLines(csv).stream()
                    .filter(l -> !l.contains(",2016,"))
                    .toList();
            Files.write(csv, lines);

            ImportSummary again = w.importBundled(data, false, ImportListener.SILENT);

            assertThat(again.imported()).isEqualTo(1);
            assertThat(w.observations().listPeriods(POPULATION, Country.TW, RegionLevel.TOWN))
                    .containsExactly("2017");
        }
    }

    @Test
    void aBrokenTransformRollsTheWholeImportBack() throws Exception {
        Path data = Fixtures.lienchiang(tmp.resolve("data"));
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            w.importBundled(data, false, ImportListener.SILENT);
            Path sql = data.resolve("packs/tw/population/observations.sql");
            Files.writeString(sql, Files.readString(sql).replace("'TW:' || town_code", "'TW:9' || town_code"));
            Files.writeString(
                    data.resolve("packs/tw/regions/regions.sql"),
                    Files.readString(data.resolve("packs/tw/regions/regions.sql"))
                            .replace("Nangan Township", "Nangan"));

            assertThatThrownBy(() -> w.importBundled(data, false, ImportListener.SILENT))
                    .isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("observations.sql")
                    .hasMessageContaining("unknown region 'TW:909007010'");

            assertThat(w.regions()
                            .getRegion(RegionId.parse("TW:09007010"))
                            .name()
                            .in(Language.EN))
                    .isEqualTo("Nangan Township");
            assertThat(value(w, "population.total", RegionLevel.NATION, "2017")).isEqualTo(12880);
        }
    }

    @Test
    void aRegionThatStoredRowsStillNeedCannotBeRemoved() throws Exception {
        Path data = Fixtures.lienchiang(tmp.resolve("data"));
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            w.importBundled(data, false, ImportListener.SILENT);
            Path regions = data.resolve("packs/tw/regions/regions.sql");
            Files.writeString(regions, Files.readString(regions).replaceAll("(?m)^.*'TW:09007040'.*$\\n", ""));

            assertThatThrownBy(() -> w.importBundled(data, false, ImportListener.SILENT))
                    .isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("dataset tw.moi.population_age5: its rows refer to region TW:09007040");

            assertThat(w.regions().findRegion(RegionId.parse("TW:09007040"))).isPresent();
        }
    }

    @Test
    void aDryRunKeepsNothing() {
        Path data = Fixtures.lienchiang(tmp.resolve("data"));
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            ImportSummary summary = w.importBundled(data, true, ImportListener.SILENT);

            assertThat(summary.dryRun()).isTrue();
            assertThat(summary.imported()).isEqualTo(2);
            assertThat(w.isEmpty()).isTrue();
        }
    }

    @Test
    void survivesReopening() {
        Path data = Fixtures.lienchiang(tmp.resolve("data"));
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            w.importBundled(data, false, ImportListener.SILENT);
        }
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            assertThat(w.isEmpty()).isFalse();
            assertThat(value(w, "population.total", RegionLevel.NATION, "2016"))
                    .isEqualTo(3226 + 4156 + 1035 + 1309 + 628 + 934 + 528 + 779);
        }
    }
}
