package io.sousei.cli;

import io.sousei.indicator.IndicatorId;
import io.sousei.observation.AgeGroup;
import io.sousei.observation.ObservationQuery;
import io.sousei.observation.Sex;
import io.sousei.region.Country;
import io.sousei.store.Warehouse;
import io.sousei.store.read.ObservationExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Exports one indicator for the regions of a country: region_id,region_name,period,sex,age_group,category,value.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    LanguageOption lang;

    @Option(names = "--indicator", required = true, description = "Indicator id, e.g. population.total.")
    String indicator;

    @Option(names = "--country", required = true, description = "TW or JP.")
    String country;

    @Option(names = "--level", description = "Region level (default: every level).")
    String level;

    @Option(names = "--period", description = "One period, e.g. 2017 (default: all).")
    String period;

    @Option(names = "--sex", defaultValue = "T", description = "T (default), M or F.")
    String sex;

    @Option(names = "--age-group", defaultValue = AgeGroup.TOTAL, description = "_T (default), 0-4, …, 85+.")
    String ageGroup;

    @Option(names = "--category", defaultValue = "*", description = "A category code, or * for all (default).")
    String category;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default), json or parquet.")
    String format;

    @Option(names = "--out", description = "Output file (default: standard output; required for parquet).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Country c = Choices.country(country);
        ObservationExport.Format f = ObservationExport.format(format);
        if (f == ObservationExport.Format.PARQUET && out == null) {
            throw new UsageException("--format parquet needs --out FILE");
        }
        Sex s = Sex.findByCode(sex).orElseThrow(() -> new UsageException("--sex " + sex + " is not one of T, M, F"));
        var query = new ObservationQuery(
                IndicatorId.of(indicator),
                c,
                Choices.level(level, c),
                null,
                List.of(),
                period,
                s,
                ageGroup,
                category,
                Integer.MAX_VALUE);
        try (Warehouse w = database.open()) {
            w.indicators().getIndicator(query.indicator());
            Path target = out != null ? out : Files.createTempFile("sousei-export", "." + format);
            try {
                long rows = w.exports().write(query, lang.language(), f, target);
                if (out == null) {
                    Files.copy(target, System.out);
                    System.out.flush();
                }
                System.err.println(rows + " rows");
            } finally {
                if (out == null) {
                    Files.deleteIfExists(target);
                }
            }
            return 0;
        }
    }
}
