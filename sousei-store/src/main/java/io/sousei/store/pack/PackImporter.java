package io.sousei.store.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sousei.dataset.Dataset;
import io.sousei.importing.ImportIssues;
import io.sousei.store.ImportListener;
import io.sousei.store.csv.TextFiles;
import io.sousei.store.load.Checksums;
import io.sousei.store.load.DatasetWriter;
import io.sousei.store.load.ObservationChecks;
import io.sousei.store.schema.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports the bundled data packs ({@code <packs>/<country>/pack.json}): regions with their boundaries, then
 * each dataset through its SQL transform. A part whose files are unchanged since the last import is skipped.
 * Runs inside the caller's transaction; problems go to the issues, and the caller rolls back.
 */
public final class PackImporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What an import of the packs did. */
    public record Outcome(int imported, int unchanged, long rows) {}

    private final Connection c;
    private final ImportIssues issues;
    private final ImportListener listener;
    /** Boundary files by path: one file may hold several layers (nation, counties, towns). */
    private final Map<Path, String> texts = new java.util.HashMap<>();

    private int imported;
    private int unchanged;
    private long rows;

    private PackImporter(Connection c, ImportIssues issues, ImportListener listener) {
        this.c = c;
        this.issues = issues;
        this.listener = listener;
    }

    /** The pack folders under {@code packsDir}, in name order. */
    public static List<Path> packs(Path packsDir) throws IOException {
        if (!Files.isDirectory(packsDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(packsDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("pack.json")))
                    .sorted()
                    .toList();
        }
    }

    /** The number of steps {@link #run} reports for these packs. */
    public static int steps(List<Path> packs) throws IOException {
        int steps = 0;
        for (Path pack : packs) {
            steps += 1 + manifest(pack).datasets().size();
        }
        return steps;
    }

    public static Outcome run(Connection c, List<Path> packs, ImportIssues issues, ImportListener listener)
            throws IOException, SQLException {
        PackImporter importer = new PackImporter(c, issues, listener);
        for (Path pack : packs) {
            importer.importPack(pack);
        }
        return new Outcome(importer.imported, importer.unchanged, importer.rows);
    }

    private static PackManifest manifest(Path pack) throws IOException {
        return JSON.readValue(pack.resolve("pack.json").toFile(), PackManifest.class);
    }

    private void importPack(Path pack) throws IOException, SQLException {
        PackManifest manifest = manifest(pack);
        String country = manifest.country() == null ? "" : manifest.country().toUpperCase(Locale.ROOT);
        if (!country.equals("TW") && !country.equals("JP")) {
            issues.add(
                    pack.resolve("pack.json").toString(),
                    0,
                    "country",
                    "unknown country '" + manifest.country() + "'",
                    "use TW or JP");
            return;
        }
        if (manifest.regions() != null) {
            importRegions(pack, country, manifest.regions());
        }
        for (String dir : manifest.datasets()) {
            importDataset(pack.resolve(dir));
        }
    }

    private void importRegions(Path pack, String country, PackManifest.Regions spec) throws IOException, SQLException {
        Path sqlFile = pack.resolve(spec.sql());
        Path folder = sqlFile.getParent();
        String datasetId = country.toLowerCase(Locale.ROOT) + ".regions";
        String checksum = Checksums.ofFolder(folder);
        if (DatasetWriter.storedChecksum(c, datasetId).filter(checksum::equals).isPresent()) {
            unchanged++;
            listener.done(datasetId, "unchanged");
            return;
        }
        int before = (int) issues.count();
        try (Statement st = c.createStatement()) {
            st.execute(
                    "CREATE OR REPLACE TEMP TABLE staging_region AS SELECT region_id, level, parent_id, name_zh_hant, "
                            + "name_ja, name_en, CAST(valid_from AS DATE) AS valid_from, CAST(valid_to AS DATE) AS valid_to, "
                            + "CAST(area_km2 AS DOUBLE) AS area_km2 FROM (" + sql(sqlFile) + ")");
            checkRegions(st, sqlFile.toString(), country);
            if (issues.count() > before) {
                return;
            }
            st.execute("DELETE FROM region WHERE country = " + Sql.literal(country));
            st.execute("DELETE FROM boundary_layer WHERE country = " + Sql.literal(country));
            long n = st.executeLargeUpdate("INSERT INTO region SELECT region_id, " + Sql.literal(country)
                    + ", level, parent_id, name_zh_hant, name_ja, name_en, valid_from, valid_to, area_km2, NULL "
                    + "FROM staging_region ORDER BY region_id");
            st.execute("CREATE OR REPLACE TEMP TABLE staging_boundary (region_id VARCHAR, geometry VARCHAR)");
            for (PackManifest.Boundary boundary : spec.boundaries()) {
                importBoundary(pack, country, boundary);
            }
            st.execute(
                    "UPDATE region SET boundary = b.geometry FROM staging_boundary b WHERE region.region_id = b.region_id");
            Dataset dataset = metadata(folder, datasetId, "Regions and boundaries of " + country)
                    .toDataset(checksum);
            DatasetWriter.record(c, dataset, "pack", n);
            imported++;
            listener.done(datasetId, n + " regions");
        }
    }

    private void checkRegions(Statement st, String file, String country) throws SQLException {
        String levels = country.equals("TW")
                ? "'nation', 'county', 'town', 'village'"
                : "'nation', 'prefecture', 'municipality'";
        String[][] checks = {
            {
                "region_id",
                "region_id IS NULL OR NOT (region_id = " + Sql.literal(country) + " OR regexp_full_match(region_id, "
                        + Sql.literal(country + ":[0-9A-Za-z]{1,16}") + "))",
                "not a region id of " + country,
                "write " + country + ":<code>"
            },
            {
                "level",
                "level IS NULL OR level NOT IN (" + levels + ")",
                "not a level of " + country,
                "use one of " + levels
            },
            {
                "parent_id",
                "(level = 'nation') <> (parent_id IS NULL)",
                "only the nation has no parent",
                "give the parent's id"
            },
            {
                "parent_id",
                "parent_id IS NOT NULL AND parent_id NOT IN (SELECT region_id FROM staging_region)",
                "unknown parent",
                "the parent must be one of the pack's regions"
            },
            {"name_zh_hant", "coalesce(name_zh_hant, name_ja, name_en) IS NULL", "the region has no name", "give a name"
            },
            {"area_km2", "area_km2 < 0", "negative area", "areas are km² ≥ 0"},
        };
        for (String[] check : checks) {
            try (var rs = st.executeQuery("SELECT coalesce(region_id, '?') FROM staging_region WHERE " + check[1]
                    + " ORDER BY 1 LIMIT 100")) {
                while (rs.next()) {
                    issues.add(file, 0, check[0], check[2] + ": " + rs.getString(1), check[3]);
                }
            }
        }
        try (var rs = st.executeQuery(
                "SELECT region_id FROM staging_region GROUP BY region_id HAVING count(*) > 1 LIMIT 100")) {
            while (rs.next()) {
                issues.add(file, 0, "region_id", "region listed twice: " + rs.getString(1), "list each region once");
            }
        }
    }

    private void importBoundary(Path pack, String country, PackManifest.Boundary boundary)
            throws IOException, SQLException {
        Path file = pack.resolve(boundary.file());
        String text = texts.computeIfAbsent(file, PackImporter::readText);
        JsonNode topology = JSON.readTree(text);
        Map<String, ObjectNode> geometries;
        try {
            geometries = TopoJson.geometries(topology, boundary.object(), boundary.idProperty());
        } catch (IllegalArgumentException e) {
            issues.add(file.toString(), 0, "object", e.getMessage(), "fix pack.json");
            return;
        }
        String level = null;
        try (var ps = c.prepareStatement("INSERT INTO staging_boundary VALUES (?, ?)");
                var levelOf = c.prepareStatement("SELECT level FROM region WHERE region_id = ?")) {
            for (var e : geometries.entrySet()) {
                String code = boundary.codeMap().getOrDefault(e.getKey(), e.getKey());
                String regionId = boundary.idPrefix() + code;
                if (level == null) {
                    levelOf.setString(1, regionId);
                    try (var rs = levelOf.executeQuery()) {
                        level = rs.next() ? rs.getString(1) : null;
                    }
                }
                ps.setString(1, regionId);
                ps.setString(2, JSON.writeValueAsString(e.getValue()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (level != null) {
            var known = new java.util.HashSet<String>();
            try (var st = c.createStatement();
                    var rs = st.executeQuery("SELECT region_id FROM region WHERE country = " + Sql.literal(country))) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
            ObjectNode layer = TopoJsonLayer.of(topology, boundary.object(), boundary.idProperty(), key -> {
                String id = boundary.idPrefix() + boundary.codeMap().getOrDefault(key, key);
                return known.contains(id) ? id : null;
            });
            try (var ps = c.prepareStatement("INSERT OR REPLACE INTO boundary_layer VALUES (?, ?, ?, ?)")) {
                ps.setString(1, country);
                ps.setString(2, level);
                ps.setString(3, file.getFileName() + "#" + boundary.object());
                ps.setString(4, JSON.writeValueAsString(layer));
                ps.executeUpdate();
            }
        }
    }

    private void importDataset(Path folder) throws IOException, SQLException {
        Path metadataFile = folder.resolve("dataset.json");
        Path sqlFile = folder.resolve("observations.sql");
        if (!Files.isRegularFile(metadataFile) || !Files.isRegularFile(sqlFile)) {
            issues.add(
                    folder.toString(),
                    0,
                    "",
                    "a dataset folder needs dataset.json and observations.sql",
                    "see docs/adr/0002-data-packs.md");
            return;
        }
        DatasetMetadata metadata = JSON.readValue(metadataFile.toFile(), DatasetMetadata.class);
        String checksum = Checksums.ofFolder(folder);
        if (DatasetWriter.storedChecksum(c, metadata.id())
                .filter(checksum::equals)
                .isPresent()) {
            unchanged++;
            listener.done(metadata.id(), "unchanged");
            return;
        }
        int before = (int) issues.count();
        DatasetWriter.createStaging(c);
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO staging SELECT NULL, indicator_id, region_id, period, sex, age_group, category, "
                    + "value, status FROM (" + sql(sqlFile) + ")");
        } catch (SQLException e) {
            issues.add(
                    sqlFile.toString(),
                    0,
                    "",
                    "the transform failed: " + firstLine(e.getMessage()),
                    "fix the SQL or the file it reads");
            return;
        }
        DatasetWriter.normaliseStaging(c);
        ObservationChecks.run(c, metadata.id(), sqlFile.toString(), issues);
        if (issues.count() > before) {
            listener.done(metadata.id(), "rejected");
            return;
        }
        long n = DatasetWriter.replace(c, metadata.toDataset(checksum), "pack");
        rows += n;
        imported++;
        listener.done(metadata.id(), n + " rows");
    }

    private static String readText(Path file) {
        try {
            return TextFiles.readUtf8(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DatasetMetadata metadata(Path folder, String id, String title) throws IOException {
        Path file = folder.resolve("dataset.json");
        if (Files.isRegularFile(file)) {
            DatasetMetadata m = JSON.readValue(file.toFile(), DatasetMetadata.class);
            return new DatasetMetadata(
                    id,
                    m.title(),
                    m.titleZhHant(),
                    m.titleJa(),
                    m.publisher(),
                    m.source(),
                    m.licence(),
                    m.attribution(),
                    m.vintage());
        }
        return new DatasetMetadata(id, title, null, null, null, null, null, null, null);
    }

    private static String sql(Path file) throws IOException {
        String dir = file.getParent().toAbsolutePath().normalize().toString().replace("'", "''");
        List<String> statements =
                new ArrayList<>(Sql.statements(Files.readString(file).replace("${dir}", dir)));
        if (statements.size() != 1) {
            throw new IllegalArgumentException(
                    file + " must hold exactly one SELECT statement, not " + statements.size());
        }
        return statements.get(0);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
