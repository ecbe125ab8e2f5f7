package io.sousei.cli;

import picocli.CommandLine.Command;

@Command(
        name = "sousei",
        mixinStandardHelpOptions = true,
        version = "Sousei 0.1.0",
        description = "Sousei (創生): regional economy and society analysis for Taiwan and Japan.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            RegionsCommand.class,
            IndicatorsCommand.class,
            ExportCommand.class,
            IoCommand.class,
            PriorityCommand.class,
            NeighboursCommand.class,
            IndexCommand.class,
            TypologyCommand.class,
            ProjectCommand.class
        })
final class SouseiCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
