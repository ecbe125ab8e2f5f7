package io.sousei.store.catalogue;

import io.sousei.importing.ImportIssues;
import io.sousei.indicator.Indicator;
import io.sousei.indicator.IndicatorStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Writes indicators to the warehouse, recording who declared them: the catalogue or a dataset's sidecar. */
public final class CatalogueWriter {

    public static final String CATALOGUE = "catalogue";

    private CatalogueWriter() {}

    /** Replaces every indicator the catalogue declared with {@code indicators}. */
    public static void replaceCatalogue(Connection c, List<Indicator> indicators, String file, ImportIssues issues)
            throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("DELETE FROM indicator WHERE declared_by = 'catalogue'");
        }
        insert(c, indicators, CATALOGUE, file, issues);
    }

    /**
     * Declares indicators on behalf of a dataset; an id the catalogue or another dataset already declared is a
     * problem.
     */
    public static void insert(
            Connection c, List<Indicator> indicators, String declaredBy, String file, ImportIssues issues)
            throws SQLException {
        try (var exists = c.prepareStatement("SELECT declared_by FROM indicator WHERE indicator_id = ?");
                var ps = c.prepareStatement(
                        "INSERT INTO indicator VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Indicator i : indicators) {
                exists.setString(1, i.id().value());
                try (var rs = exists.executeQuery()) {
                    if (rs.next()) {
                        if (!rs.getString(1).equals(declaredBy)) {
                            issues.add(
                                    file,
                                    0,
                                    "indicators",
                                    "indicator " + i.id() + " is already declared by " + rs.getString(1),
                                    "use the existing indicator or choose another id");
                        }
                        continue;
                    }
                }
                ps.setString(1, i.id().value());
                ps.setString(2, i.category().key());
                ps.setString(3, i.name().zhHant());
                ps.setString(4, i.name().ja());
                ps.setString(5, i.name().en());
                ps.setString(6, i.unit());
                ps.setString(7, i.definition());
                ps.setString(8, i.source());
                ps.setString(9, i.licence());
                ps.setString(10, i.aggregation().notation());
                ps.setString(11, i.formula());
                ps.setString(
                        12,
                        i.status() == IndicatorStatus.AVAILABLE
                                ? "available"
                                : IndicatorStatus.NO_SOURCE_YET.name().toLowerCase(Locale.ROOT));
                ps.setString(13, declaredBy);
                ps.setObject(14, i.validRange().minimum());
                ps.setObject(15, i.validRange().maximum());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
