package io.sousei.cli;

import java.nio.file.Path;

/** The real application for tests of other packages: the bundled data imported, served on a free port. */
public final class TestApplication implements AutoCloseable {

    private final Application application;

    private TestApplication(Application application) {
        this.application = application;
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
