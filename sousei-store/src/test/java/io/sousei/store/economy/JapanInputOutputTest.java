package io.sousei.store.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sousei.economy.CirculationReader;
import io.sousei.economy.IndustryStructure;
import io.sousei.economy.IndustryStructureReader;
import io.sousei.economy.InputOutputAnalysis;
import io.sousei.economy.InputOutputTable;
import io.sousei.economy.InputOutputTableReader;
import io.sousei.economy.IoModel;
import io.sousei.economy.IoModelSpec;
import io.sousei.economy.IoMultipliers;
import io.sousei.economy.LeontiefSolution;
import io.sousei.economy.RegionalCirculation;
import io.sousei.economy.SectorMultipliers;
import io.sousei.economy.ShiftShareComponents;
import io.sousei.region.RegionId;
import io.sousei.store.ImportListener;
import io.sousei.store.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The economy readers on the bundled Japanese pack, imported once into a temporary warehouse. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JapanInputOutputTest {

    private static final Path DATA = Path.of("..", "data").toAbsolutePath().normalize();

    @TempDir
    static Path tmp;

    private Warehouse warehouse;
    private InputOutputTableReader tables;

    @BeforeAll
    void importPack() throws IOException {
        Path data = tmp.resolve("data");
        copyTree(DATA.resolve("catalogue"), data.resolve("catalogue"));
        copyTree(DATA.resolve("packs").resolve("jp"), data.resolve("packs").resolve("jp"));
        warehouse = Warehouse.open(tmp.resolve("jp.duckdb"));
        warehouse.importBundled(data, false, ImportListener.SILENT);
        tables = new InputOutputTableReader(warehouse.observations());
    }

    @AfterAll
    void close() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    @Test
    void everyBundledTableReproducesItsOutputAndIsProductive() {
        List<String> areas = Stream.concat(
                        Stream.of("JP", "JP:01100", "JP:11100", "JP:14100", "JP:14130", "JP:33100", "JP:40130"),
                        Stream.iterate(1, p -> p <= 47, p -> p + 1)
                                .filter(p -> !List.of(17, 18, 29, 31, 47).contains(p))
                                .map(p -> String.format("JP:%02d", p)))
                .toList();
        assertThat(areas).hasSize(49);
        for (String area : areas) {
            InputOutputTable table = tables.getTable(RegionId.parse(area));
            LeontiefSolution closed = InputOutputAnalysis.solve(table, IoModelSpec.CLOSED);
            assertThat(closed.hawkinsSimon()).as(area).isTrue();
            // x = L f with f = x − Σ z, to a millionth of a million yen per sector
            assertThat(closed.baseYearResidualMillionYen()).as(area).isLessThan(1e-3);
            IoMultipliers regional = InputOutputAnalysis.multipliers(table, tables.specFor(table, IoModel.REGIONAL));
            assertThat(regional.model()).contains("ESTIMATED");
            regional.sectors().forEach(s -> assertThat(s.outputMultiplier()).isGreaterThanOrEqualTo(1.0));
        }
    }

    @Test
    void japansTableHasDerivedValueAddedEstimatedEmploymentAndNoIncome() {
        InputOutputTable japan = tables.getTable(RegionId.parse("JP"));
        assertThat(japan.outputMillionYen().values()[2]).isEqualTo(302_809_197.0);
        IoMultipliers m = InputOutputAnalysis.multipliers(japan, IoModelSpec.CLOSED);
        SectorMultipliers manufacturing = m.sectors().get(2);
        // imports stay inside A in the as-is model, so this is above the published (I − (I − M)A)^-1 column sum
        assertThat(manufacturing.outputMultiplier()).isCloseTo(2.5182, within(1e-4));
        assertThat(manufacturing.valueAddedMultiplier().orElseThrow()).isCloseTo(1.0, within(1e-9));
        assertThat(manufacturing.incomeMultiplier()).isEmpty();
        assertThat(m.absent()).containsKey("incomeMultiplier");
        assertThat(m.notes().get("valueAddedMultiplier")).contains("derived");
        assertThat(manufacturing.employmentPersonsPerMillionYen().orElseThrow()).isBetween(0.01, 0.2);
        // the regional model against itself: every FLQ rate is 1, so it equals the closed model
        IoMultipliers regional = InputOutputAnalysis.multipliers(japan, tables.specFor(japan, IoModel.REGIONAL));
        assertThat(regional.sectors().get(2).outputMultiplier())
                .isCloseTo(manufacturing.outputMultiplier(), within(1e-12));
    }

    @Test
    void naganoCirculationRateIsGdpOverIncome() {
        RegionalCirculation japan =
                new CirculationReader(warehouse.observations()).account(RegionId.parse("JP"), "2015");
        assertThat(japan.circulationRatePercent()).isCloseTo(135.3, within(0.05));
        RegionalCirculation nagano =
                new CirculationReader(warehouse.observations()).account(RegionId.parse("JP:20"), "2015");
        assertThat(nagano.productionMillionYen()).isEqualTo(8_290_182.0);
        assertThat(nagano.incomeMillionYen()).isEqualTo(6_023_374.0);
        assertThat(nagano.incomeComponents()).hasSize(3);
        assertThat(nagano.missing()).containsKeys("expenditure", "production_components");
    }

    @Test
    void prefectureEmployeesByDivisionGiveQuotientsAndAnExactShiftShare() {
        IndustryStructureReader reader = new IndustryStructureReader(warehouse.observations(), warehouse.regions());
        IndustryStructure japan = reader.structure(RegionId.parse("JP"), "industry.employees", "2016");
        japan.industries().forEach(i -> assertThat(i.locationQuotientNation().orElseThrow())
                .isCloseTo(1.0, within(1e-12)));
        IndustryStructure hokkaido = reader.structure(RegionId.parse("JP:01"), "industry.employees", "2016");
        assertThat(hokkaido.industries()).hasSize(18);
        assertThat(hokkaido.parent()).isNull();
        for (ShiftShareComponents p :
                reader.shiftShare(RegionId.parse("JP:01"), "industry.employees", "2016", "2021")) {
            assertThat(p.nationalShare() + p.industryMix() + p.regionalShift()).isCloseTo(p.change(), within(1e-6));
        }
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
        }
    }
}
