package io.sousei.cli;

import io.sousei.benchmark.BenchmarkException;
import io.sousei.economy.EconomyErrorCode;
import io.sousei.economy.EconomyException;
import io.sousei.importing.ImportRejectedException;
import io.sousei.population.PopulationProjectionException;
import io.sousei.store.WarehouseException;
import picocli.CommandLine;

/** The {@code sousei} program: exit code 0 ok, 1 usage error, 2 data error, 3 anything else. */
public final class Main {

    static final int USAGE = 1;
    static final int DATA = 2;
    static final int FAILURE = 3;

    private Main() {}

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !ServeCommand.isServing()) {
            System.exit(code);
        }
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SouseiCommand());
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("sousei: " + e.getMessage());
            e.getCommandLine()
                    .getErr()
                    .println("Try: sousei " + e.getCommandLine().getCommandName() + " --help");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            var err = commandLine.getErr();
            if (e instanceof ImportRejectedException rejected) {
                err.println("sousei: " + rejected.getMessage());
                return DATA;
            }
            if (e instanceof EconomyException economy) {
                err.println("sousei: " + economy.getMessage());
                return economy.code() == EconomyErrorCode.BAD_SPEC ? USAGE : DATA;
            }
            if (e instanceof BenchmarkException benchmark) {
                err.println("sousei: " + benchmark.getMessage());
                return DATA;
            }
            if (e instanceof PopulationProjectionException missing) {
                err.println("sousei: " + missing.getMessage());
                return DATA;
            }
            if (e instanceof UsageException || e instanceof IllegalArgumentException) {
                err.println("sousei: " + e.getMessage());
                return USAGE;
            }
            if (e instanceof WarehouseException) {
                err.println("sousei: " + e.getMessage());
                return FAILURE;
            }
            throw e;
        });
        return cli;
    }
}
