package io.sousei.store.read;

import io.sousei.observation.ObservationQuery;
import io.sousei.store.schema.Sql;
import io.sousei.text.Language;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Writes observations with region names to a file by DuckDB's own writers, in the export columns
 * {@code region_id,region_name,period,sex,age_group,category,value}.
 */
public final class ObservationExport {

    /** The file formats an export can take. */
    public enum Format {
        CSV,
        JSON,
        PARQUET
    }

    private final Connections connections;

    public ObservationExport(Connections connections) {
        this.connections = connections;
    }

    /** Writes the rows the query selects, names in {@code language}, to {@code file}. Returns the row count. */
    public long write(ObservationQuery query, Language language, Format format, Path file) {
        ObservationFilter filter = ObservationFilter.of(query);
        String name =
                switch (language) {
                    case ZH_HANT -> "coalesce(r.name_zh_hant, r.name_ja, r.name_en)";
                    case JA -> "coalesce(r.name_ja, r.name_zh_hant, r.name_en)";
                    case EN -> "coalesce(r.name_en, r.name_zh_hant, r.name_ja)";
                };
        String select = "SELECT o.region_id, " + name + " AS region_name, o.period, o.sex, o.age_group, o.category, "
                + value(format) + " AS value "
                + "FROM observation o JOIN region r ON r.region_id = o.region_id WHERE " + filter.where()
                + ObservationFilter.ORDER_BY + " LIMIT " + query.limit();
        String options =
                switch (format) {
                    case CSV -> "FORMAT csv, HEADER true";
                    case JSON -> "FORMAT json, ARRAY true";
                    case PARQUET -> "FORMAT parquet";
                };
        try (var c = connections.open();
                var st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE export AS " + inline(select, filter));
            try (var rs = st.executeQuery("SELECT count(*) FROM export")) {
                rs.next();
                long rows = rs.getLong(1);
                st.execute("COPY export TO " + Sql.literal(file.toAbsolutePath().toString()) + " (" + options + ")");
                st.execute("DROP TABLE export");
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export failed: " + e.getMessage(), e);
        }
    }

    /** In CSV a whole number is written without a decimal point (22276672, not 2.2276672E7 or 22276672.0). */
    private static String value(Format format) {
        return format != Format.CSV
                ? "o.value"
                : "CASE WHEN o.value = trunc(o.value) AND abs(o.value) < 1e15 THEN CAST(CAST(o.value AS BIGINT) AS VARCHAR)"
                        + " ELSE CAST(o.value AS VARCHAR) END";
    }

    /** COPY takes no parameters: the (already validated) values are inlined as literals. */
    private static String inline(String select, ObservationFilter filter) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        for (char ch : select.toCharArray()) {
            if (ch == '?') {
                out.append(Sql.literal(String.valueOf(filter.parameters().get(k++))));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    public static Format format(String text) {
        try {
            return Format.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format '" + text + "' is not one of csv, json, parquet", e);
        }
    }
}
