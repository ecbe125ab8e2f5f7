package io.sousei.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serves the read API and pages; imports the bundled data first when the warehouse is empty.")
final class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Mixin
    DatabaseOption database;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default 8080).")
    int port;

    static boolean isServing() {
        return serving;
    }

    @Override
    public Integer call() {
        Application app = Application.serve(database.path(), Home.data(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "sousei-shutdown"));
        System.err.println("Sousei serves http://localhost:" + app.port() + "/ (Ctrl+C stops it)");
        serving = true;
        return 0;
    }
}
