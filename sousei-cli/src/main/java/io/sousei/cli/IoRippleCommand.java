package io.sousei.cli;

import io.sousei.economy.InputOutputTable;
import io.sousei.economy.InputOutputTableReader;
import io.sousei.economy.RippleResult;
import io.sousei.economy.RippleSimulation;
import io.sousei.economy.RippleSpec;
import io.sousei.store.Warehouse;
import io.sousei.web.api.economy.EconomyDtos;
import io.sousei.web.http.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "ripple",
        mixinStandardHelpOptions = true,
        description = "Ripple effects (経済波及効果) of a final-demand shock: direct, first-round indirect and, where the"
                + " data supports it, induced effects on output, value added and income; JSON.")
final class IoRippleCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--area", required = true, description = "JP, JP:01 … or a city such as JP:01100.")
    String area;

    @Option(names = "--model", defaultValue = "closed", description = "closed (default) or regional.")
    String model;

    @Option(
            names = "--shock",
            required = true,
            paramLabel = "SECTOR=AMOUNT",
            description = "Final demand at producers' prices, million yen, e.g. --shock 11=1000 (repeatable).")
    List<String> shocks;

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
        Map<String, Double> demand = new LinkedHashMap<>();
        for (String shock : shocks) {
            String[] parts = shock.split("=", 2);
            if (parts.length != 2 || !parts[0].strip().matches("\\d{2}")) {
                throw new UsageException("--shock '" + shock + "' is not SECTOR=AMOUNT like 03=1000");
            }
            try {
                demand.merge(parts[0].strip(), Double.parseDouble(parts[1].strip()), Double::sum);
            } catch (NumberFormatException e) {
                throw new UsageException("--shock '" + shock + "': the amount is not a number");
            }
        }
        try (Warehouse w = database.open()) {
            InputOutputTableReader tables = new InputOutputTableReader(w.observations());
            InputOutputTable table = tables.getTable(areaId);
            RippleResult r = RippleSimulation.simulate(
                    table,
                    RippleSpec.of(tables.specFor(table, kind, IoChoices.selfSufficiency(selfSufficiency)), demand));
            System.out.println(new String(new JsonCodec().write(EconomyDtos.ripple(r)), StandardCharsets.UTF_8));
            return 0;
        }
    }
}
