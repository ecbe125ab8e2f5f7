package io.sousei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sousei io}: usage errors exit 1, an area without a table exits 2 (an empty warehouse has none). */
class IoCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    @Test
    void usageErrorsExitWithOne() {
        String db = home.resolve("empty.duckdb").toString();
        assertThat(run("io", "multipliers", "--db", db, "--area", "JP", "--model", "open"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("closed, regional");
        assertThat(run("io", "multipliers", "--db", db, "--area", "TW")).isEqualTo(1);
        assertThat(run("io", "ripple", "--db", db, "--area", "JP", "--shock", "11:5"))
                .isEqualTo(1);
        assertThat(run("io", "ripple", "--db", db, "--area", "JP")).isEqualTo(1);
    }

    @Test
    void anAreaWithoutATableExitsWithTwo() {
        String db = home.resolve("empty.duckdb").toString();
        assertThat(run("io", "multipliers", "--db", db, "--area", "JP:18", "--format", "json"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no input–output table for JP:18");
    }
}
