package io.sousei.cli;

import io.sousei.store.Warehouse;
import io.sousei.web.WebServer;
import io.sousei.web.api.HealthInfo;
import java.nio.file.Path;

/** The one place where Sousei's parts are put together: the warehouse, its read ports and the web server. */
record Application(Warehouse warehouse, WebServer server) implements AutoCloseable {

    /**
     * Opens the warehouse (importing the bundled data from {@code data} into an empty one) and starts the server
     * on {@code port} (0: any free port).
     */
    static Application serve(Path database, Path data, int port) {
        Warehouse warehouse = Warehouse.open(database);
        try {
            if (warehouse.isEmpty()) {
                System.err.println("The warehouse " + database + " is empty: importing the bundled data first.");
                try (ProgressListener progress = new ProgressListener(System.err)) {
                    var summary = warehouse.importBundled(data, false, progress);
                    System.err.printf(
                            "Imported %d datasets, %,d rows, %,d derived rows.%n",
                            summary.imported(), summary.rows(), summary.derivedRows());
                }
            }
            WebServer server = WebServer.create(
                    warehouse.regions(),
                    warehouse.indicators(),
                    warehouse.observations(),
                    warehouse.datasets(),
                    warehouse.boundaries(),
                    () -> new HealthInfo(warehouse.file().toString(), warehouse.counts()),
                    warehouse.populationInputs());
            server.start(port);
            return new Application(warehouse, server);
        } catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
        warehouse.close();
    }
}
