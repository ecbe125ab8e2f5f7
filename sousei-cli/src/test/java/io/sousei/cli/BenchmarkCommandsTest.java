package io.sousei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sousei.store.ImportListener;
import io.sousei.store.Warehouse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarking commands on the real bundled data (imported once for the class). */
class BenchmarkCommandsTest {

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void importRealData() {
        db = dir.resolve("sousei.duckdb");
        try (Warehouse w = Warehouse.open(db)) {
            w.importBundled(Path.of("../data").toAbsolutePath().normalize(), false, ImportListener.SILENT);
        }
    }

    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    private List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void priorityWritesOneRowPerTownWithTheDefaultRuleSelecting140() throws IOException {
        Path out = dir.resolve("priority.csv");
        assertThat(run("priority", "--country", "TW", "--db", db.toString(), "--out", out.toString()))
                .isZero();
        List<String> rows = lines(out);
        assertThat(rows.getFirst()).isEqualTo("region_id,region_name,selected,type,population,area_km2");
        assertThat(rows).hasSize(369);
        assertThat(rows.stream().filter(r -> r.contains(",true,")).count()).isEqualTo(140);
    }

    @Test
    void neighboursListKRegionsNearestFirstWithoutTheRegionItself() throws IOException {
        Path out = dir.resolve("neighbours.csv");
        assertThat(run(
                        "neighbours",
                        "--region",
                        "TW:10013030",
                        "--k",
                        "5",
                        "--db",
                        db.toString(),
                        "--out",
                        out.toString()))
                .isZero();
        List<String> rows = lines(out);
        assertThat(rows.getFirst()).isEqualTo("region_id,region_name,distance");
        assertThat(rows).hasSize(6).noneMatch(r -> r.startsWith("TW:10013030,"));
        List<Double> distances = rows.subList(1, 6).stream()
                .map(r -> Double.parseDouble(r.substring(r.lastIndexOf(',') + 1)))
                .toList();
        assertThat(distances).isSorted();
    }

    @Test
    void indexWithUncertaintyGivesRankIntervalsAndBadInputsExitWithTheirCodes() throws IOException {
        Path out = dir.resolve("index.csv");
        assertThat(run(
                        "index",
                        "--country",
                        "TW",
                        "--indicators",
                        "income.median,-population.share_65_plus",
                        "--uncertainty",
                        "100",
                        "--db",
                        db.toString(),
                        "--out",
                        out.toString()))
                .isZero();
        assertThat(lines(out))
                .hasSize(369)
                .first()
                .isEqualTo("region_id,region_name,score,rank,rank_p05,rank_median,rank_p95");
        assertThat(run("index", "--country", "TW", "--indicators", "income.median@1999", "--db", db.toString()))
                .isEqualTo(Main.DATA);
        assertThat(run("neighbours", "--region", "TW:10013030", "--format", "xml", "--db", db.toString()))
                .isEqualTo(Main.USAGE);
    }

    @Test
    void indexSensitivityWritesSobolIndicesInTheJsonAnswer() throws IOException {
        Path out = dir.resolve("index.json");
        assertThat(run(
                        "index",
                        "--country",
                        "TW",
                        "--indicators",
                        "income.median,-population.share_65_plus",
                        "--sensitivity",
                        "32",
                        "--format",
                        "json",
                        "--db",
                        db.toString(),
                        "--out",
                        out.toString()))
                .isZero();
        var answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        assertThat(answer.path("sensitivity").findValuesAsText("factor"))
                .containsExactly(
                        "normalisation", "aggregation", "weight:income.median", "weight:population.share_65_plus");
        assertThat(run(
                        "index",
                        "--country",
                        "TW",
                        "--indicators",
                        "income.median",
                        "--sensitivity",
                        "4",
                        "--db",
                        db.toString()))
                .isEqualTo(Main.USAGE);
    }

    @Test
    void typologyPutsEveryTownInOneOfKClustersAndBothMethodsAnswer() throws IOException {
        Path out = dir.resolve("typology.csv");
        assertThat(run("typology", "--country", "TW", "--k", "4", "--db", db.toString(), "--out", out.toString()))
                .isZero();
        List<String> rows = lines(out);
        assertThat(rows.getFirst()).isEqualTo("region_id,region_name,cluster");
        assertThat(rows).hasSize(369);
        assertThat(rows.subList(1, 369).stream()
                        .map(r -> r.substring(r.lastIndexOf(',') + 1))
                        .distinct()
                        .sorted())
                .containsExactly("1", "2", "3", "4");

        Path json = dir.resolve("typology.json");
        assertThat(run(
                        "typology",
                        "--country",
                        "TW",
                        "--k",
                        "3",
                        "--method",
                        "hierarchical",
                        "--format",
                        "json",
                        "--db",
                        db.toString(),
                        "--out",
                        json.toString()))
                .isZero();
        assertThat(Files.readString(json)).contains("\"method\":\"ward\"").contains("\"cluster_count\":3");
        assertThat(run("typology", "--country", "TW", "--method", "dbscan", "--db", db.toString()))
                .isEqualTo(Main.USAGE);
        assertThat(run("typology", "--country", "TW", "--k", "1", "--db", db.toString()))
                .isEqualTo(Main.USAGE);
    }
}
