package io.sousei.cli;

import picocli.CommandLine.Command;

@Command(
        name = "io",
        mixinStandardHelpOptions = true,
        description = "Input–output analysis of the bundled 2015 tables: multipliers and ripple effects.",
        subcommands = {IoMultipliersCommand.class, IoRippleCommand.class})
final class IoCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
