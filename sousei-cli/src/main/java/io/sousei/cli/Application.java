package io.sousei.cli;

import io.sousei.store.Warehouse;
import io.sousei.web.WebServer;

/** The one place where Sousei's parts are put together: the warehouse, its read ports and the web server. */
final class Application {

    private Application() {}

    /** Opens the warehouse (importing the bundled data into an empty one), starts the server and returns. */
    static boolean serve(DatabaseOption database, int port) {
        Warehouse warehouse = database.open();
        try {
            if (warehouse.isEmpty()) {
                System.err.println("The warehouse " + database.path() + " is empty: importing the bundled data first.");
                try (ProgressListener progress = new ProgressListener(System.err)) {
                    var summary = warehouse.importBundled(Home.data(), false, progress);
                    System.err.printf("Imported %d datasets, %,d rows, %,d derived rows.%n", summary.imported(), summary.rows(),
                            summary.derivedRows());
                }
            }
            WebServer server = WebServer.create(
                    warehouse.regions(), warehouse.indicators(), warehouse.observations(), warehouse.datasets());
            server.start(port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                warehouse.close();
            }, "sousei-shutdown"));
            System.err.println("Sousei serves http://localhost:" + server.port() + "/ (Ctrl+C stops it)");
            return true;
        } catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
    }
}
