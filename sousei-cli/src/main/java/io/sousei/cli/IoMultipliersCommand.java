package io.sousei.cli;

import io.sousei.economy.InputOutputAnalysis;
import io.sousei.economy.InputOutputTable;
import io.sousei.economy.InputOutputTableReader;
import io.sousei.economy.IoMultipliers;
import io.sousei.store.Warehouse;
import io.sousei.web.api.economy.EconomyDtos;
import io.sousei.web.api.economy.MultipliersCsv;
import io.sousei.web.http.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "multipliers",
        mixinStandardHelpOptions = true,
        description = "Output, value-added and income multipliers and linkage indices of an area's table. An empty"
                + " CSV column is one the data cannot support; --format json gives the reason.")
final class IoMultipliersCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(
            names = "--area",
            required = true,
            description = "JP, JP:01 … (prefectures with a table) or a city such as JP:01100.")
    String area;

    @Option(
            names = "--model",
            defaultValue = "closed",
            description = "closed (default) or regional (FLQ-estimated self-sufficiency).")
    String model;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default) or json.")
    String format;

    @Option(
            names = "--self-sufficiency",
            paramLabel = "SECTOR=RATE",
            description = "With --model regional: a self-sufficiency rate (0–1) you know for a sector, e.g. from a"
                    + " regional survey, instead of the FLQ estimate (repeatable).")
    List<String> selfSufficiency;

    @Override
    public Integer call() {
        var kind = IoChoices.model(model);
        var areaId = IoChoices.area(area);
        String form = IoChoices.format(format);
        try (Warehouse w = database.open()) {
            InputOutputTableReader tables = new InputOutputTableReader(w.observations());
            InputOutputTable table = tables.getTable(areaId);
            IoMultipliers m = InputOutputAnalysis.multipliers(
                    table, tables.specFor(table, kind, IoChoices.selfSufficiency(selfSufficiency)));
            if (form.equals("json")) {
                System.out.println(
                        new String(new JsonCodec().write(EconomyDtos.multipliers(m)), StandardCharsets.UTF_8));
            } else {
                System.out.print(MultipliersCsv.write(m));
                System.err.println("model: " + m.model());
                m.absent().forEach((k, v) -> System.err.println("absent " + k + ": " + v));
            }
            return 0;
        }
    }
}
