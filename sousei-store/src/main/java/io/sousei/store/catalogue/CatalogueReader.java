package io.sousei.store.catalogue;

import io.sousei.importing.ImportIssues;
import io.sousei.indicator.Aggregation;
import io.sousei.indicator.Category;
import io.sousei.indicator.Indicator;
import io.sousei.indicator.IndicatorId;
import io.sousei.indicator.IndicatorStatus;
import io.sousei.indicator.ValueRange;
import io.sousei.store.csv.CsvReader;
import io.sousei.store.csv.TextFiles;
import io.sousei.text.LocalizedText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the indicator catalogue: every {@code *.csv} of a folder, reporting every faulty row. */
public final class CatalogueReader {

    public static final List<String> COLUMNS = List.of(
            "id",
            "category",
            "name_zh_hant",
            "name_ja",
            "name_en",
            "unit",
            "definition",
            "source",
            "licence",
            "aggregation",
            "formula",
            "status",
            "valid_range");

    private CatalogueReader() {}

    /** The indicators of every catalogue file in {@code folder}; problems go to {@code issues}. */
    public static List<Indicator> read(Path folder, ImportIssues issues) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        }
        Map<IndicatorId, String> seen = new HashMap<>();
        List<Indicator> indicators = new ArrayList<>();
        for (Path file : files) {
            readFile(file, issues, seen, indicators);
        }
        return indicators;
    }

    private static void readFile(Path file, ImportIssues issues, Map<IndicatorId, String> seen, List<Indicator> out)
            throws IOException {
        String name = file.toString();
        try (CsvReader csv = new CsvReader(TextFiles.openUtf8(file))) {
            CsvReader.Row header = csv.next();
            if (header == null || !header.fields().equals(COLUMNS)) {
                issues.add(
                        name,
                        1,
                        "",
                        "the header is not the catalogue's",
                        "the first line must be: " + String.join(",", COLUMNS));
                return;
            }
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                Indicator indicator = parse(name, row, issues);
                if (indicator == null) {
                    continue;
                }
                String where = name + ":" + row.line();
                String earlier = seen.putIfAbsent(indicator.id(), where);
                if (earlier != null) {
                    issues.add(
                            name,
                            row.line(),
                            "id",
                            "indicator " + indicator.id() + " is declared twice",
                            "it is already declared at " + earlier + "; keep one");
                } else {
                    out.add(indicator);
                }
            }
        } catch (CharacterCodingException e) {
            issues.add(TextFiles.notUtf8(file, 0));
        } catch (CsvReader.UnterminatedQuoteException e) {
            issues.add(name, e.line(), "", e.getMessage(), "close the quote or remove it");
        }
    }

    /** One catalogue row as an indicator, or null with its problems reported. */
    public static Indicator parse(String file, CsvReader.Row row, ImportIssues issues) {
        List<String> f = row.fields();
        long line = row.line();
        if (f.size() != COLUMNS.size()) {
            issues.add(
                    file,
                    line,
                    "",
                    "the row has " + f.size() + " fields, the header " + COLUMNS.size(),
                    "quote fields that contain commas");
            return null;
        }
        int before = (int) issues.count();
        if (!IndicatorId.isValid(f.get(0))) {
            issues.add(
                    file,
                    line,
                    "id",
                    "'" + f.get(0) + "' is not an indicator id",
                    "use dotted lower case like population.total");
        }
        var category = Category.findByKey(f.get(1));
        if (category.isEmpty()) {
            issues.add(
                    file,
                    line,
                    "category",
                    "unknown category '" + f.get(1) + "'",
                    "use one of "
                            + Stream.of(Category.values()).map(Category::key).toList());
        }
        Aggregation aggregation = null;
        try {
            aggregation = Aggregation.parse(f.get(9));
        } catch (IllegalArgumentException e) {
            issues.add(file, line, "aggregation", e.getMessage(), "");
        }
        IndicatorStatus status =
                switch (f.get(11).strip().toLowerCase(Locale.ROOT)) {
                    case "available" -> IndicatorStatus.AVAILABLE;
                    case "no_source_yet" -> IndicatorStatus.NO_SOURCE_YET;
                    default -> {
                        issues.add(
                                file,
                                line,
                                "status",
                                "unknown status '" + f.get(11) + "'",
                                "use available or no_source_yet");
                        yield null;
                    }
                };
        if (f.get(2).isBlank() && f.get(3).isBlank() && f.get(4).isBlank()) {
            issues.add(file, line, "name_zh_hant", "the indicator has no name", "give it a name in each language");
        }
        if (f.get(5).isBlank()) {
            issues.add(file, line, "unit", "the indicator has no unit", "e.g. persons, %, NT$ thousand");
        }
        ValueRange range = null;
        try {
            range = ValueRange.parse(f.get(12));
        } catch (IllegalArgumentException e) {
            issues.add(file, line, "valid_range", e.getMessage(), "counts take >=0, shares 0..100");
        }
        if (issues.count() > before) {
            return null;
        }
        return new Indicator(
                IndicatorId.of(f.get(0)),
                category.orElseThrow(),
                LocalizedText.of(f.get(2), f.get(3), f.get(4)),
                f.get(5).strip(),
                f.get(6).strip(),
                f.get(7).strip(),
                f.get(8).strip(),
                aggregation,
                f.get(10),
                status,
                range);
    }
}
