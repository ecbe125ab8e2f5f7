package io.sousei.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --format csv|json} and {@code --out FILE} options of the benchmarking commands. */
final class OutputOptions {

    @Option(names = "--format", defaultValue = "csv", description = "csv (default) or json.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    boolean isJson() {
        return switch (format) {
            case "csv" -> false;
            case "json" -> true;
            default -> throw new UsageException("--format " + format + " is not one of csv, json");
        };
    }

    void write(String text) {
        if (out == null) {
            System.out.print(text);
            System.out.flush();
            return;
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
