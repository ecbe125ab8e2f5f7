package io.sousei.store.load;

import io.sousei.importing.ImportIssues;
import io.sousei.store.schema.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Checks the rows of the {@code staging} table (observation columns plus {@code line}, null for rows a pack
 * transform made) before they join the warehouse. Every problem becomes an issue; rows with a line number
 * are reported one by one, rows without by distinct faulty value with their count.
 */
public final class ObservationChecks {

    static final String PERIOD = "(1[89]|2[0-9])[0-9]{2}(-(0[1-9]|1[0-2])|-Q[1-4]|-S[12])?";
    static final String AGE_GROUP = "_T|unknown|[0-9]{1,3}-[0-9]{1,3}|[0-9]{1,3}\\+";
    static final String KEY = "indicator_id, region_id, period, sex, age_group, category";

    private record Check(String field, String bad, String where, String reason, String hint) {}

    private static final List<Check> CHECKS = List.of(
            new Check(
                    "indicator_id",
                    "s.indicator_id",
                    "i.indicator_id IS NULL",
                    "unknown indicator",
                    "declare it in the catalogue or in the dataset's sidecar; list the known ones with: sousei indicators"),
            new Check(
                    "indicator_id",
                    "s.indicator_id",
                    "i.status = 'no_source_yet'",
                    "indicator is declared as having no source yet",
                    "set its status to available in the catalogue"),
            new Check(
                    "region_id",
                    "s.region_id",
                    "r.region_id IS NULL",
                    "unknown region",
                    "write ids like TW:10013010 or JP:01100; list them with: sousei regions --country TW"),
            new Check(
                    "period",
                    "s.period",
                    "NOT regexp_full_match(s.period, '" + PERIOD + "')",
                    "not a period",
                    "write 2017, 2017-06, 2017-Q2 or 2017-S1"),
            new Check("sex", "s.sex", "s.sex NOT IN ('T', 'M', 'F')", "not a sex code", "use T (total), M or F"),
            new Check(
                    "age_group",
                    "s.age_group",
                    "NOT regexp_full_match(s.age_group, '" + AGE_GROUP + "')",
                    "not an age group",
                    "use _T (all ages), 0-4, 85+ or unknown"),
            new Check(
                    "value",
                    "coalesce(CAST(s.value AS VARCHAR), 'empty')",
                    "s.value IS NULL OR isnan(s.value) OR isinf(s.value)",
                    "not a finite number",
                    "write the value as a number such as 1234 or 12.5"),
            new Check(
                    "value",
                    "CAST(s.value AS VARCHAR)",
                    "s.value < i.min_value OR s.value > i.max_value",
                    "outside the indicator's valid range",
                    "counts cannot be negative and shares lie between 0 and 100; check the value or its unit"));

    private ObservationChecks() {}

    /** Runs every check on {@code staging} for a dataset whose problems are reported against {@code file}. */
    public static void run(Connection c, String datasetId, String file, ImportIssues issues) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (Check check : CHECKS) {
                collect(
                        st,
                        file,
                        check.field(),
                        check.reason(),
                        check.hint(),
                        """
                        SELECT min(s.line), %s AS bad, count(*)
                        FROM staging s
                        LEFT JOIN indicator i ON i.indicator_id = s.indicator_id
                        LEFT JOIN region r ON r.region_id = s.region_id
                        WHERE %s
                        GROUP BY CASE WHEN s.line IS NULL THEN %s ELSE CAST(s.line AS VARCHAR) END, bad
                        ORDER BY 1 NULLS FIRST, 2
                        LIMIT 1000
                        """.formatted(check.bad(), check.where(), check.bad()),
                        issues);
            }
            collect(
                    st,
                    file,
                    "",
                    "the same observation appears more than once",
                    "keep one row per indicator, region, period, sex, age group and category",
                    """
                    SELECT min(line), concat_ws(' ', %s) AS bad, count(*)
                    FROM staging GROUP BY %s HAVING count(*) > 1
                    ORDER BY 1 NULLS FIRST LIMIT 1000
                    """.formatted(KEY, KEY),
                    issues);
            collect(
                    st,
                    file,
                    "",
                    "already provided by another dataset",
                    "drop these rows or remove the other dataset first",
                    """
                    SELECT min(s.line), concat_ws(' ', s.indicator_id, s.region_id, s.period, s.sex, s.age_group, s.category,
                           'in', any_value(o.dataset_id)) AS bad, count(*)
                    FROM staging s
                    JOIN (SELECT * FROM observation
                          WHERE indicator_id IN (SELECT DISTINCT indicator_id FROM staging)) o USING (%s)
                    WHERE o.dataset_id <> %s AND o.dataset_id NOT LIKE 'derived.%%'
                    GROUP BY CASE WHEN s.line IS NULL THEN o.dataset_id ELSE CAST(s.line AS VARCHAR) END, s.indicator_id, s.region_id, s.period, s.sex, s.age_group, s.category
                    ORDER BY 1 NULLS FIRST LIMIT 1000
                    """.formatted(KEY, Sql.literal(datasetId)),
                    issues);
        }
    }

    private static void collect(
            Statement st, String file, String field, String reason, String hint, String sql, ImportIssues issues)
            throws SQLException {
        try (var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long line = rs.getLong(1);
                String bad = rs.getString(2);
                long count = rs.getLong(3);
                String what = reason + " '" + bad + "'" + (line == 0 && count > 1 ? " (" + count + " rows)" : "");
                issues.add(file, line, field, what, hint);
            }
        }
    }
}
