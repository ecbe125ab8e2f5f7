package io.sousei.store;

import io.sousei.dataset.DatasetCatalog;
import io.sousei.importing.ImportIssues;
import io.sousei.importing.ImportRejectedException;
import io.sousei.indicator.IndicatorCatalog;
import io.sousei.observation.ObservationRepository;
import io.sousei.population.regional.PopulationInputsSource;
import io.sousei.region.BoundaryCatalog;
import io.sousei.region.RegionCatalog;
import io.sousei.store.catalogue.CatalogueReader;
import io.sousei.store.catalogue.CatalogueWriter;
import io.sousei.store.load.DerivedData;
import io.sousei.store.load.UserFileImporter;
import io.sousei.store.pack.PackImporter;
import io.sousei.store.population.DuckDbPopulationInputs;
import io.sousei.store.read.Connections;
import io.sousei.store.read.DuckDbBoundaryCatalog;
import io.sousei.store.read.DuckDbDatasetCatalog;
import io.sousei.store.read.DuckDbIndicatorCatalog;
import io.sousei.store.read.DuckDbObservationRepository;
import io.sousei.store.read.DuckDbRegionCatalog;
import io.sousei.store.read.ObservationExport;
import io.sousei.store.schema.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The statistics warehouse in one DuckDB file: opens it (applying pending migrations), imports data in
 * all-or-nothing transactions and serves the core's read ports.
 */
public final class Warehouse implements AutoCloseable {

    /** Where the bundled data lives inside a data folder. */
    public static final String PACKS = "packs";

    public static final String CATALOGUE = "catalogue";

    private final Path file;
    private final DuckDBConnection connection;
    private final Connections connections;
    private final DuckDbPopulationInputs populationInputs;

    private Warehouse(Path file, DuckDBConnection connection) {
        this.file = file;
        this.connection = connection;
        this.connections = connection::duplicate;
        this.populationInputs = new DuckDbPopulationInputs(connections);
    }

    /** Opens (creating if needed) the warehouse file and brings its schema up to date. */
    public static Warehouse open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Properties properties = new Properties();
            DuckDBConnection c =
                    (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
            try {
                Migrations.apply(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new Warehouse(file, c);
        } catch (SQLException e) {
            throw new WarehouseException(
                    "cannot open the warehouse " + file + ": " + e.getMessage()
                            + (e.getMessage() != null && e.getMessage().contains("lock")
                                    ? " (another Sousei is using it; stop it first)"
                                    : ""),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file() {
        return file;
    }

    public RegionCatalog regions() {
        return new DuckDbRegionCatalog(connections);
    }

    public IndicatorCatalog indicators() {
        return new DuckDbIndicatorCatalog(connections);
    }

    public ObservationRepository observations() {
        return new DuckDbObservationRepository(connections);
    }

    public DatasetCatalog datasets() {
        return new DuckDbDatasetCatalog(connections);
    }

    /** The boundaries the maps draw: TopoJSON per level, GeoJSON per region. */
    public BoundaryCatalog boundaries() {
        return new DuckDbBoundaryCatalog(connections);
    }

    /** Projection inputs estimated from the observations (built once per country and base year). */
    public PopulationInputsSource populationInputs() {
        return populationInputs;
    }

    /** Writes observations with region names to files (CSV, JSON, Parquet). */
    public ObservationExport exports() {
        return new ObservationExport(connections);
    }

    /** How many regions, indicators, datasets and observations the warehouse holds. */
    public java.util.Map<String, Long> counts() {
        var counts = new java.util.LinkedHashMap<String, Long>();
        try (var c = connections.open();
                var st = c.createStatement()) {
            for (String table : List.of("region", "indicator", "dataset", "observation")) {
                try (var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table + "s", rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read the warehouse: " + e.getMessage(), e);
        }
        return counts;
    }

    /** Whether nothing has been imported yet. */
    public boolean isEmpty() {
        try (var c = connections.open();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM dataset")) {
            rs.next();
            return rs.getLong(1) == 0;
        } catch (SQLException e) {
            throw new WarehouseException("cannot read the warehouse: " + e.getMessage(), e);
        }
    }

    /**
     * Imports the catalogue and every pack under {@code dataDir} ({@code catalogue/}, {@code packs/}) in one
     * transaction, then derives what depends on them.
     *
     * @throws ImportRejectedException listing every problem; the warehouse is then unchanged
     */
    public ImportSummary importBundled(Path dataDir, boolean dryRun, ImportListener listener) {
        return inTransaction(dryRun, c -> {
            ImportIssues issues = new ImportIssues();
            Path catalogue = dataDir.resolve(CATALOGUE);
            List<Path> packs = PackImporter.packs(dataDir.resolve(PACKS));
            listener.planned(2 + PackImporter.steps(packs));
            CatalogueWriter.replaceCatalogue(c, CatalogueReader.read(catalogue, issues), catalogue.toString(), issues);
            listener.done("catalogue", "read");
            issues.throwIfAny();
            PackImporter.Outcome outcome = PackImporter.run(c, packs, issues, listener);
            issues.throwIfAny();
            long derived =
                    outcome.imported() > 0 || dryRun ? DerivedData.recompute(c, catalogue.resolve("derived")) : 0;
            listener.done("derived", derived + " rows");
            checkIntegrity(c, issues);
            issues.throwIfAny();
            return new ImportSummary(
                    outcome.imported(), outcome.unchanged(), outcome.rows(), derived, List.of(), dryRun);
        });
    }

    /**
     * Imports users' CSV files in the observation schema (optionally gzipped), each one dataset with metadata
     * from {@code given} or its sidecar {@code NAME.dataset.json}, all in one transaction.
     *
     * @throws ImportRejectedException listing every problem of every file; the warehouse is then unchanged
     */
    public ImportSummary importFiles(
            List<Path> files, UserFileImporter.Metadata given, Path dataDir, boolean dryRun, ImportListener listener) {
        return inTransaction(dryRun, c -> {
            ImportIssues issues = new ImportIssues();
            listener.planned(files.size() + 1);
            int imported = 0;
            long rows = 0;
            List<String> warnings = new java.util.ArrayList<>();
            for (Path file : files) {
                UserFileImporter.Outcome outcome = UserFileImporter.run(c, file, given, issues);
                listener.done(
                        file.getFileName().toString(), outcome.unchanged() ? "unchanged" : outcome.rows() + " rows");
                imported += outcome.unchanged() ? 0 : 1;
                rows += outcome.unchanged() ? 0 : outcome.rows();
                warnings.addAll(outcome.warnings());
            }
            issues.throwIfAny();
            long derived = imported == 0
                    ? 0
                    : DerivedData.recompute(c, dataDir.resolve(CATALOGUE).resolve("derived"));
            listener.done("derived", derived + " rows");
            checkIntegrity(c, issues);
            issues.throwIfAny();
            return new ImportSummary(imported, files.size() - imported, rows, derived, warnings, dryRun);
        });
    }

    /** Observations must point at known regions and indicators, whatever was replaced. */
    private static void checkIntegrity(Connection c, ImportIssues issues) throws SQLException {
        try (var st = c.createStatement();
                var rs = st.executeQuery("""
                        SELECT DISTINCT * FROM (
                            SELECT o.dataset_id, 'region ' || o.region_id FROM observation o
                            WHERE NOT EXISTS (SELECT 1 FROM region r WHERE r.region_id = o.region_id)
                            UNION ALL
                            SELECT o.dataset_id, 'indicator ' || o.indicator_id FROM observation o
                            WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.indicator_id = o.indicator_id))
                        ORDER BY 1, 2 LIMIT 100
                        """)) {
            while (rs.next()) {
                issues.add(
                        "dataset " + rs.getString(1),
                        0,
                        "",
                        "its rows refer to " + rs.getString(2) + ", which this import removes",
                        "keep that region or indicator, or remove the dataset first");
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        ImportSummary run(Connection c) throws IOException, SQLException;
    }

    private synchronized ImportSummary inTransaction(boolean dryRun, Work work) {
        try (Connection c = connection.duplicate()) {
            c.setAutoCommit(false);
            try {
                ImportSummary summary = work.run(c);
                if (dryRun) {
                    c.rollback();
                } else {
                    c.commit();
                }
                return summary;
            } catch (IOException | SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new WarehouseException("the import failed and was rolled back: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WarehouseException("cannot close the warehouse: " + e.getMessage(), e);
        }
    }
}
