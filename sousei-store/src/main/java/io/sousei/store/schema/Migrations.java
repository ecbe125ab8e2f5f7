package io.sousei.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Applies the numbered schema scripts ({@code db/migration/V<n>__<what>.sql}) that a database lacks, in one
 * transaction, and records them in {@code schema_version}.
 */
public final class Migrations {

    /** Every script, in order. A new script is appended here; applied ones are never edited. */
    static final List<String> SCRIPTS = List.of("V1__warehouse.sql", "V2__dataset_titles.sql");

    private Migrations() {}

    public static void apply(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version "
                    + "(version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
            int current = currentVersion(st);
            for (int i = current; i < SCRIPTS.size(); i++) {
                String script = SCRIPTS.get(i);
                for (String sql : Sql.statements(read(script))) {
                    st.execute(sql);
                }
                st.execute("INSERT INTO schema_version VALUES (" + (i + 1) + ", '" + script + "', now())");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    public static int latestVersion() {
        return SCRIPTS.size();
    }

    private static int currentVersion(Statement st) throws SQLException {
        try (var rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            int version = rs.getInt(1);
            if (version > SCRIPTS.size()) {
                throw new IllegalStateException("the database has schema version " + version
                        + " but this Sousei knows only up to " + SCRIPTS.size() + "; use a newer Sousei");
            }
            return version;
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
