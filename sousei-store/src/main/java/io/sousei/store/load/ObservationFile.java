package io.sousei.store.load;

import io.sousei.importing.ImportIssues;
import io.sousei.store.csv.CsvReader;
import io.sousei.store.csv.TextFiles;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Reads a CSV file in the observation schema into the {@code staging} table, line by line, reporting every
 * malformed line. Content checks (known ids, duplicates…) run afterwards in SQL, see {@link ObservationChecks}.
 */
public final class ObservationFile {

    public static final List<String> COLUMNS = List.of(
            "dataset_id", "indicator_id", "region_id", "period", "sex", "age_group", "category", "value", "status");

    private static final int BATCH = 10_000;

    /** The dataset ids the file's rows name, in order of appearance, and the number of rows read. */
    public record Content(Set<String> datasetIds, long rows) {}

    private ObservationFile() {}

    public static Content stage(Connection c, Path file, ImportIssues issues) throws IOException, SQLException {
        String name = file.toString();
        Set<String> datasetIds = new LinkedHashSet<>();
        long rows = 0;
        DatasetWriter.createStaging(c);
        try (CsvReader csv = new CsvReader(TextFiles.openUtf8(file));
                PreparedStatement ps = c.prepareStatement("INSERT INTO staging VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            CsvReader.Row header = csv.next();
            if (header == null) {
                issues.add(
                        name,
                        0,
                        "",
                        "the file is empty",
                        "the first line must be the header: " + String.join(",", COLUMNS));
                return new Content(datasetIds, 0);
            }
            int[] index = columnIndex(name, header, issues);
            if (index == null) {
                return new Content(datasetIds, 0);
            }
            int batched = 0;
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                rows++;
                if (!stageRow(name, row, index, header.fields().size(), ps, datasetIds, issues)) {
                    continue;
                }
                if (++batched == BATCH) {
                    ps.executeBatch();
                    batched = 0;
                }
            }
            ps.executeBatch();
            if (rows == 0) {
                issues.add(name, 0, "", "the file has a header but no rows", "add the observations below the header");
            }
        } catch (CharacterCodingException e) {
            issues.add(TextFiles.notUtf8(file, 0));
        } catch (CsvReader.UnterminatedQuoteException e) {
            issues.add(name, e.line(), "", e.getMessage(), "close the quote, or remove the stray quote character");
        } catch (EOFException | ZipException e) {
            issues.add(
                    name,
                    0,
                    "",
                    "the gzip file is truncated or damaged (" + e.getMessage() + ")",
                    "compress the file again, or import the uncompressed CSV");
        }
        return new Content(datasetIds, rows);
    }

    /** Where each schema column is in the header, or null with the problems reported. */
    private static int[] columnIndex(String name, CsvReader.Row header, ImportIssues issues) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String column = header.fields().get(i).strip();
            if (COLUMNS.contains(column)) {
                if (positions.putIfAbsent(column, i) != null) {
                    issues.add(name, 1, column, "the column appears twice", "keep one");
                }
            } else {
                extra.add(column);
            }
        }
        List<String> missing =
                COLUMNS.stream().filter(col -> !positions.containsKey(col)).toList();
        for (String col : missing) {
            issues.add(
                    name,
                    1,
                    col,
                    "the header lacks column " + col,
                    "the header must name the columns " + String.join(",", COLUMNS));
        }
        for (String col : extra) {
            issues.add(
                    name,
                    1,
                    col,
                    "unknown column '" + col + "'",
                    "remove it; the columns are " + String.join(",", COLUMNS));
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            return null;
        }
        return COLUMNS.stream().mapToInt(positions::get).toArray();
    }

    private static boolean stageRow(
            String name,
            CsvReader.Row row,
            int[] index,
            int width,
            PreparedStatement ps,
            Set<String> datasetIds,
            ImportIssues issues)
            throws SQLException {
        List<String> f = row.fields();
        if (f.size() != width) {
            issues.add(
                    name,
                    row.line(),
                    "",
                    "the line has " + f.size() + " fields, the header " + width,
                    "quote fields that contain commas; check for missing or extra separators");
            return false;
        }
        String valueText = f.get(index[7]).strip();
        Double value = parseValue(valueText);
        if (value == null) {
            issues.add(
                    name,
                    row.line(),
                    "value",
                    "'" + valueText + "' is not a number",
                    valueText.isEmpty()
                            ? "every row needs a value"
                            : "write numbers without thousands separators or units, e.g. 1234.5");
            return false;
        }
        String datasetId = f.get(index[0]).strip();
        datasetIds.add(datasetId);
        ps.setLong(1, row.line());
        for (int k = 1; k <= 6; k++) {
            ps.setString(k + 1, f.get(index[k]));
        }
        ps.setDouble(8, value);
        ps.setString(9, f.get(index[8]));
        ps.addBatch();
        return true;
    }

    private static Double parseValue(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
