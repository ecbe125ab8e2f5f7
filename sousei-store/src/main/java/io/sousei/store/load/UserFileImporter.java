package io.sousei.store.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sousei.dataset.Dataset;
import io.sousei.importing.ImportIssues;
import io.sousei.indicator.Indicator;
import io.sousei.store.catalogue.CatalogueReader;
import io.sousei.store.catalogue.CatalogueWriter;
import io.sousei.store.csv.CsvReader;
import io.sousei.store.schema.Sql;
import io.sousei.text.LocalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Imports a user's observation CSV as one dataset, with its metadata from command-line values, else from the
 * sidecar {@code NAME.dataset.json} beside it, else from the file name (with a warning).
 */
public final class UserFileImporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Metadata given on the command line; any field may be null. */
    public record Metadata(
            String id,
            String title,
            String publisher,
            String source,
            String licence,
            String attribution,
            String vintage) {

        public static final Metadata NONE = new Metadata(null, null, null, null, null, null, null);

        boolean isEmpty() {
            return Stream.of(id, title, publisher, source, licence, attribution, vintage)
                    .allMatch(Objects::isNull);
        }
    }

    public record Outcome(long rows, boolean unchanged, List<String> warnings) {}

    private UserFileImporter() {}

    public static Outcome run(Connection c, Path csv, Metadata given, ImportIssues issues)
            throws IOException, SQLException {
        if (!Files.isRegularFile(csv)) {
            issues.add(csv.toString(), 0, "", "no such file", "check the path");
            return new Outcome(0, false, List.of());
        }
        List<String> warnings = new ArrayList<>();
        Path sidecarFile = sidecarOf(csv);
        Sidecar sidecar = readSidecar(sidecarFile, issues);
        ObservationFile.Content content = ObservationFile.stage(c, csv, issues);
        if (content.datasetIds().isEmpty()) {
            return new Outcome(0, false, warnings);
        }
        String id = first(
                given.id(),
                sidecar == null ? null : sidecar.id(),
                content.datasetIds().size() == 1
                        ? content.datasetIds().iterator().next()
                        : null);
        if (!checkDatasetId(c, csv, id, content, issues)) {
            return new Outcome(0, false, warnings);
        }
        if (given.isEmpty() && sidecar == null) {
            warnings.add("no metadata for " + csv.getFileName() + ": title taken from the file name and licence "
                    + Dataset.UNSPECIFIED_LICENCE + "; add " + sidecarFile.getFileName() + " or --title/--licence");
        }
        List<Path> sources = new ArrayList<>(List.of(csv));
        if (sidecar != null) {
            sources.add(sidecarFile);
        }
        String checksum = Checksums.of(sources);
        if (issues.isEmpty()
                && DatasetWriter.storedChecksum(c, id).filter(checksum::equals).isPresent()) {
            return new Outcome(content.rows(), true, warnings);
        }
        declareIndicators(c, id, sidecar, sidecarFile, issues);
        DatasetWriter.normaliseStaging(c);
        ObservationChecks.run(c, id, csv.toString(), issues);
        if (!issues.isEmpty()) {
            return new Outcome(0, false, warnings);
        }
        Sidecar s = sidecar == null ? new Sidecar(null, null, null, null, null, null, null, null) : sidecar;
        Dataset dataset = new Dataset(
                id,
                LocalizedText.of(null, null, first(given.title(), s.title(), baseName(csv))),
                first(given.publisher(), s.publisher()),
                first(given.source(), s.source(), csv.getFileName().toString()),
                first(given.licence(), s.licence()),
                first(given.attribution(), s.attribution()),
                first(given.vintage(), s.vintage()),
                checksum);
        long rows = DatasetWriter.replace(c, dataset, "user");
        return new Outcome(rows, false, warnings);
    }

    /** {@code dir/my.csv.gz} → {@code dir/my.dataset.json}. */
    public static Path sidecarOf(Path csv) {
        return csv.resolveSibling(baseName(csv) + ".dataset.json");
    }

    private static String baseName(Path csv) {
        return csv.getFileName().toString().replaceFirst("\\.gz$", "").replaceFirst("\\.csv$", "");
    }

    private static Sidecar readSidecar(Path file, ImportIssues issues) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readValue(file.toFile(), Sidecar.class);
        } catch (JacksonException e) {
            issues.add(
                    file.toString(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "",
                    "not valid dataset JSON: " + e.getOriginalMessage(),
                    "see the example in README.md");
            return null;
        }
    }

    private static boolean checkDatasetId(
            Connection c, Path csv, String id, ObservationFile.Content content, ImportIssues issues)
            throws SQLException {
        String file = csv.toString();
        if (id == null) {
            issues.add(
                    file,
                    0,
                    "dataset_id",
                    "the rows name " + content.datasetIds().size() + " datasets " + content.datasetIds(),
                    "one file holds one dataset: give every row the same dataset_id");
            return false;
        }
        if (!Dataset.isValidId(id)) {
            issues.add(
                    file,
                    0,
                    "dataset_id",
                    "'" + id + "' is not a dataset id",
                    "use letters, digits, '.', '-' or '_', e.g. my-town.survey-2024");
            return false;
        }
        if (content.datasetIds().stream().anyMatch(d -> !d.equals(id))) {
            issues.add(
                    file,
                    0,
                    "dataset_id",
                    "rows name " + content.datasetIds() + " but the dataset is " + id,
                    "give every row the dataset_id " + id);
            return false;
        }
        try (var st = c.createStatement();
                var rs = st.executeQuery("SELECT origin FROM dataset WHERE dataset_id = " + Sql.literal(id))) {
            if (rs.next() && !rs.getString(1).equals("user")) {
                issues.add(
                        file,
                        0,
                        "dataset_id",
                        "'" + id + "' is a dataset of the bundled data",
                        "choose another dataset_id for your own data");
                return false;
            }
        }
        return true;
    }

    private static void declareIndicators(
            Connection c, String datasetId, Sidecar sidecar, Path sidecarFile, ImportIssues issues)
            throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("DELETE FROM indicator WHERE declared_by = " + Sql.literal(datasetId));
        }
        if (sidecar == null || sidecar.indicators().isEmpty()) {
            return;
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Sidecar.IndicatorEntry entry : sidecar.indicators()) {
            Indicator indicator =
                    CatalogueReader.parse(sidecarFile.toString(), new CsvReader.Row(0, entry.fields()), issues);
            if (indicator != null) {
                indicators.add(indicator);
            }
        }
        CatalogueWriter.insert(c, indicators, datasetId, sidecarFile.toString(), issues);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
