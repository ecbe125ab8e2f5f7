package io.sousei.store.load;

import io.sousei.dataset.Dataset;
import io.sousei.store.schema.Sql;
import io.sousei.text.Language;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** Stores a dataset: its metadata row and the checked rows of the {@code staging} table, replacing any earlier version. */
public final class DatasetWriter {

    public static final String STAGING_COLUMNS =
            "line BIGINT, indicator_id VARCHAR, region_id VARCHAR, period VARCHAR, sex VARCHAR, age_group VARCHAR, "
                    + "category VARCHAR, value DOUBLE, status VARCHAR";

    private DatasetWriter() {}

    /** The checksum stored for the dataset, if it is stored. */
    public static Optional<String> storedChecksum(Connection c, String datasetId) throws SQLException {
        try (var ps = c.prepareStatement("SELECT checksum FROM dataset WHERE dataset_id = ?")) {
            ps.setString(1, datasetId);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** An empty {@code staging} table. */
    public static void createStaging(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE staging (" + STAGING_COLUMNS + ")");
        }
    }

    /** Fills defaults the schema allows to be left empty: category {@code _T}, status {@code A}. */
    public static void normaliseStaging(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("""
                    UPDATE staging SET
                        category = CASE WHEN category IS NULL OR trim(category) = '' THEN '_T' ELSE trim(category) END,
                        status = CASE WHEN status IS NULL OR trim(status) = '' THEN 'A' ELSE trim(status) END,
                        indicator_id = trim(indicator_id), region_id = trim(region_id), period = trim(period),
                        sex = trim(sex), age_group = trim(age_group)
                    """);
        }
    }

    /** Replaces the dataset's rows with those of {@code staging} and records its metadata. Returns the row count. */
    public static long replace(Connection c, Dataset dataset, String origin) throws SQLException {
        try (Statement st = c.createStatement()) {
            String id = Sql.literal(dataset.id());
            st.execute("DELETE FROM observation WHERE dataset_id = " + id);
            st.execute("DELETE FROM dataset WHERE dataset_id = " + id);
            long rows = st.executeLargeUpdate("""
                    INSERT INTO observation
                    SELECT %s, indicator_id, region_id, period, sex, age_group, category, value, status
                    FROM staging ORDER BY indicator_id, region_id, period
                    """.formatted(id));
            record(c, dataset, origin, rows);
            return rows;
        }
    }

    /** Records (or replaces) a dataset's metadata row. */
    public static void record(Connection c, Dataset dataset, String origin, long rows) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM dataset WHERE dataset_id = " + Sql.literal(dataset.id()));
        }
        try (var ps = c.prepareStatement("INSERT INTO dataset VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?)")) {
            ps.setString(1, dataset.id());
            ps.setString(2, dataset.title().in(Language.EN));
            ps.setString(3, dataset.publisher());
            ps.setString(4, dataset.source());
            ps.setString(5, dataset.licence());
            ps.setString(6, dataset.attribution());
            ps.setString(7, dataset.vintage());
            ps.setString(8, dataset.checksum());
            ps.setString(9, origin);
            ps.setLong(10, rows);
            ps.setString(11, dataset.title().zhHant());
            ps.setString(12, dataset.title().ja());
            ps.executeUpdate();
        }
    }
}
