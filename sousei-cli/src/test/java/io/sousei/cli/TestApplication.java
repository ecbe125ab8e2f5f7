package io.sousei.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** The real application for tests of other packages: the bundled data imported, served on a free port. */
public final class TestApplication implements AutoCloseable {

    private final Application application;

    private TestApplication(Application application) {
        this.application = application;
    }

    private static TestApplication shared;

    /**
     * One app over the bundled data for the whole test run, imported on first use into a temporary folder and
     * closed when the run ends. Tests that share it only read.
     */
    public static synchronized TestApplication shared() {
        if (shared == null) {
            try {
                Path home = Files.createTempDirectory("sousei-shared");
                TestApplication app = serveBundledData(home.resolve("warehouse.duckdb"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    app.close();
                    try (var files = Files.walk(home)) {
                        files.sorted(Comparator.reverseOrder())
                                .forEach(f -> f.toFile().delete());
                    } catch (IOException e) {
                        // a temporary folder left behind is harmless
                    }
                }));
                shared = app;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Imports {@code ../data} (the repository's own data) into {@code database} and serves it. */
    public static TestApplication serveBundledData(Path database) {
        Path data = Path.of("..", "data").toAbsolutePath().normalize();
        return new TestApplication(Application.serve(database, data, 0));
    }

    public String baseUrl() {
        return "http://localhost:" + application.port();
    }

    @Override
    public void close() {
        application.close();
    }
}
