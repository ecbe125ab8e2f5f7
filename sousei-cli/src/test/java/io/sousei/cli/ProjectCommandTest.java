package io.sousei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sousei project} exit codes on the 連江縣 fixture, which has counts but no projection assumptions. */
class ProjectCommandTest {

    @TempDir
    Path home;

    Path db;
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void importFixture() throws IOException {
        db = LienchiangFixture.copyInto(home);
        String previous = System.getProperty("sousei.home");
        System.setProperty("sousei.home", home.toString());
        try {
            assertThat(run("import")).as(errors()).isZero();
        } finally {
            if (previous == null) {
                System.clearProperty("sousei.home");
            } else {
                System.setProperty("sousei.home", previous);
            }
        }
    }

    private int run(String... args) {
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMethodOrHorizonItCannotUseExitsWithOneAndSaysWhatToGive() {
        assertThat(run("project", "--db", db.toString(), "--country", "TW", "--method", "leslie"))
                .isEqualTo(1);
        assertThat(errors()).contains("--method leslie is not one of ipss, ccm, hamilton-perry");
        assertThat(run("project", "--db", db.toString(), "--country", "TW", "--horizon", "2030"))
                .isEqualTo(1);
        assertThat(errors()).contains("5, 10, … years after the base 2017");
        assertThat(run("project", "--db", db.toString(), "--country", "TW", "--tfr", "2.07"))
                .isEqualTo(1);
        assertThat(errors()).contains("tfr and tfr-year go together");
        assertThat(run("project", "--db", db.toString(), "--country", "TW", "--format", "xml"))
                .isEqualTo(1);
    }

    @Test
    void missingProjectionDataExitsWithTwo() {
        assertThat(run("project", "--db", db.toString(), "--country", "TW")).isEqualTo(2);
        assertThat(errors()).contains("POPULATION_DATA_MISSING");
    }
}
