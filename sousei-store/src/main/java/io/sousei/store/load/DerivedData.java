package io.sousei.store.load;

import io.sousei.store.schema.Sql;
import io.sousei.text.LocalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * Recomputes what the warehouse derives from the stored observations, after every import that changed them:
 * first the roll-up of additive indicators to parent regions, then the derived indicators of the catalogue
 * (one dataset {@code derived.<topic>} per file, in name order). Rows a source provides always win: a derived
 * row is stored only where no source row has the same key.
 */
public final class DerivedData {

    public static final String PREFIX = "derived.";
    public static final String ROLL_UP = PREFIX + "rollup";
    private static final int MAX_LEVELS = 4;

    private DerivedData() {}

    /** Removes every derived row, then derives anew. Returns the number of rows derived. */
    public static long recompute(Connection c, Path derivedFolder) throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM observation WHERE dataset_id LIKE '" + PREFIX + "%'");
            st.execute("DELETE FROM dataset WHERE origin = 'derived'");
            long rows = rollUp(st);
            record(
                    st,
                    ROLL_UP,
                    LocalizedText.of(
                            "可加總指標向上層區域加總", "加算可能な指標の上位地域への集計", "Roll-up of additive indicators to parent regions"),
                    "Sums of the child regions' values, stored where every child region has a value and no source gives one",
                    rows);
            for (Path file : derivedFiles(derivedFolder)) {
                String topic =
                        file.getFileName().toString().replaceFirst("^\\d+-", "").replaceFirst("\\.sql$", "");
                String datasetId = PREFIX + topic;
                long n = 0;
                for (String select : Sql.statements(Files.readString(file)
                        .replace(
                                "${dir}",
                                file.getParent().toAbsolutePath().toString().replace("'", "''")))) {
                    n += insertGaps(st, datasetId, select);
                }
                record(
                        st,
                        datasetId,
                        LocalizedText.of("衍生指標：" + topic, "派生指標：" + topic, "Derived indicators: " + topic),
                        "Computed at import with the formulas of the indicator catalogue (" + file.getFileName() + ")",
                        n);
                rows += n;
            }
            return rows;
        }
    }

    private static List<Path> derivedFiles(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    /**
     * Sums additive ({@code sum}) indicators from child to parent regions, level by level, where every child
     * region has a value and no row exists for the parent.
     */
    private static long rollUp(Statement st) throws SQLException {
        long total = 0;
        for (int pass = 0; pass < MAX_LEVELS; pass++) {
            String select = """
                    WITH children AS (
                        SELECT parent_id, count(*) AS n FROM region WHERE parent_id IS NOT NULL GROUP BY parent_id
                    )
                    SELECT o.indicator_id, r.parent_id AS region_id, o.period, o.sex, o.age_group, o.category,
                           sum(o.value) AS value,
                           CASE WHEN bool_and(o.status = 'A') THEN 'A' ELSE 'E' END AS status
                    FROM observation o
                    JOIN indicator i ON i.indicator_id = o.indicator_id AND i.aggregation = 'sum'
                    JOIN region r ON r.region_id = o.region_id AND r.parent_id IS NOT NULL
                    JOIN children ch ON ch.parent_id = r.parent_id
                    GROUP BY o.indicator_id, r.parent_id, o.period, o.sex, o.age_group, o.category, ch.n
                    HAVING count(DISTINCT o.region_id) = ch.n
                    """;
            long n = insertGaps(st, ROLL_UP, select);
            total += n;
            if (n == 0) {
                break;
            }
        }
        return total;
    }

    /** Inserts the rows of {@code select} (observation columns without dataset) whose key no row has yet. */
    private static long insertGaps(Statement st, String datasetId, String select) throws SQLException {
        st.execute(
                "CREATE OR REPLACE TEMP TABLE derived_rows AS SELECT indicator_id, region_id, period, sex, age_group, "
                        + "category, value, status FROM (" + select + ") WHERE value IS NOT NULL AND isfinite(value)");
        // Only the stored rows of the indicators just derived can hide a derived row: compare with those alone.
        long rows = st.executeLargeUpdate("""
                INSERT INTO observation
                SELECT %s, d.indicator_id, d.region_id, d.period, d.sex, d.age_group, d.category, d.value, d.status
                FROM derived_rows d
                ANTI JOIN (SELECT indicator_id, region_id, period, sex, age_group, category FROM observation
                           WHERE indicator_id IN (SELECT DISTINCT indicator_id FROM derived_rows)) o
                USING (indicator_id, region_id, period, sex, age_group, category)
                """.formatted(Sql.literal(datasetId)));
        st.execute("DROP TABLE derived_rows");
        return rows;
    }

    private static void record(Statement st, String datasetId, LocalizedText title, String source, long rows)
            throws SQLException {
        st.execute("""
                INSERT INTO dataset VALUES (%s, %s, 'Sousei', %s, 'same as the source datasets', NULL, NULL, NULL,
                                            'derived', now(), %d, %s, %s)
                """.formatted(
                        Sql.literal(datasetId),
                        Sql.literal(title.en()),
                        Sql.literal(source),
                        rows,
                        Sql.literal(title.zhHant()),
                        Sql.literal(title.ja())));
    }
}
