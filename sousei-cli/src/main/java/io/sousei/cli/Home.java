package io.sousei.cli;

import java.nio.file.Path;

/** Where Sousei's own files are: the folder of the {@code sousei} launcher, else the working folder. */
final class Home {

    private Home() {}

    static Path folder() {
        String home = System.getProperty("sousei.home");
        return home == null || home.isBlank() ? Path.of("").toAbsolutePath() : Path.of(home);
    }

    /** The bundled data: {@code data/} with {@code catalogue/} and {@code packs/}. */
    static Path data() {
        return folder().resolve("data");
    }

    static Path defaultDatabase() {
        return data().resolve("sousei.duckdb");
    }
}
