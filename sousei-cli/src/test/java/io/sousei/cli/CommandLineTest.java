package io.sousei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sousei} program end to end on the 連江縣 fixture: exit codes, import, export, serve. */
class CommandLineTest {

    @TempDir
    Path home;

    Path db;
    String previousHome;
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyFixture() throws IOException {
        db = LienchiangFixture.copyInto(home);
        previousHome = System.getProperty("sousei.home");
        System.setProperty("sousei.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("sousei.home");
        } else {
            System.setProperty("sousei.home", previousHome);
        }
    }

    private int run(String... args) {
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    @Test
    void importsTheBundledDataIntoTheDefaultDatabase() {
        assertThat(run("import")).isZero();
        assertThat(db).exists();
    }

    @Test
    void aUsageErrorExitsWithOne() {
        assertThat(run("regions", "--country", "KR")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("country 'KR' is not one of [TW, JP]");
        assertThat(run("export", "--country", "TW")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--indicator");
    }

    @Test
    void aDataErrorExitsWithTwoAndStoresNothing() throws IOException {
        run("import");
        Path bad = Files.writeString(
                home.resolve("bad.csv"),
                "dataset_id,indicator_id,region_id,period,sex,age_group,category,value,status\nx,population.total,TW:1,2020,T,_T,_T,5,\n");

        assertThat(run("import", bad.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.csv:2: region_id: unknown region 'TW:1'");
        assertThat(run("import", "--dry-run", bad.toString().replace("bad", "missing")))
                .isEqualTo(2);
    }

    @Test
    void exportsJsonAndParquet() throws IOException {
        run("import");
        Path json = home.resolve("towns.json");
        Path parquet = home.resolve("towns.parquet");
        String[] query = {
            "export",
            "--indicator",
            "population.total",
            "--country",
            "TW",
            "--level",
            "town",
            "--period",
            "2017",
            "--lang",
            "en"
        };

        assertThat(run(concat(query, "--format", "json", "--out", json.toString())))
                .isZero();
        assertThat(run(concat(query, "--format", "parquet", "--out", parquet.toString())))
                .isZero();
        assertThat(run(concat(query, "--format", "parquet"))).isEqualTo(1);

        assertThat(Files.readString(json))
                .startsWith("[")
                .contains("{\"region_id\":\"TW:09007010\",\"region_name\":\"Nangan Township\",\"period\":\"2017\"")
                .contains("\"value\":7544.0");
        byte[] bytes = Files.readAllBytes(parquet);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(new String(bytes, bytes.length - 4, 4, StandardCharsets.US_ASCII))
                .isEqualTo("PAR1");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aDownloadedCsvEqualsTheExportAndServesTheSameNumbers() throws Exception {
        run("import");
        Path exported = home.resolve("towns.csv");
        assertThat(run(
                        "export",
                        "--indicator",
                        "population.total",
                        "--country",
                        "TW",
                        "--level",
                        "town",
                        "--period",
                        "2017",
                        "--category",
                        "_T",
                        "--out",
                        exported.toString()))
                .isZero();

        try (Application app = Application.serve(db, home.resolve("data"), 0)) {
            var http = HttpClient.newHttpClient();
            var health = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"").contains("\"regions\":6");
            var csv = http.send(
                    HttpRequest.newBuilder(
                                    URI.create(
                                            "http://127.0.0.1:" + app.port()
                                                    + "/api/v1/observations?indicator=population.total&country=TW&level=town&period=2017&format=csv"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body().replace("\r\n", "\n").strip())
                    .isEqualTo(Files.readString(exported).strip());
            assertThat(csv.body()).contains("TW:09007010,南竿鄉,2017,T,_T,_T,7544");
        }
    }
}
