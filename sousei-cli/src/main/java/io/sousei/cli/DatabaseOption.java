package io.sousei.cli;

import io.sousei.store.Warehouse;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every command takes. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH", description = "The warehouse file (default: data/sousei.duckdb).")
    Path db;

    Path path() {
        return db == null ? Home.defaultDatabase() : db;
    }

    Warehouse open() {
        return Warehouse.open(path());
    }
}
