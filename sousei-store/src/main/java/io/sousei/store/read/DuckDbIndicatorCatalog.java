package io.sousei.store.read;

import io.sousei.indicator.Aggregation;
import io.sousei.indicator.Category;
import io.sousei.indicator.Indicator;
import io.sousei.indicator.IndicatorCatalog;
import io.sousei.indicator.IndicatorId;
import io.sousei.indicator.IndicatorStatus;
import io.sousei.indicator.ValueRange;
import io.sousei.text.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The indicator catalogue from the warehouse's {@code indicator} table. */
public final class DuckDbIndicatorCatalog implements IndicatorCatalog {

    private static final String COLUMNS =
            "SELECT indicator_id, category, name_zh_hant, name_ja, name_en, unit, definition, "
                    + "source, licence, aggregation, formula, status, min_value, max_value FROM indicator";

    private final Connections connections;

    public DuckDbIndicatorCatalog(Connections connections) {
        this.connections = connections;
    }

    @Override
    public Optional<Indicator> findIndicator(IndicatorId id) {
        return Rows.list(
                        connections,
                        COLUMNS + " WHERE indicator_id = ?",
                        List.of(id.value()),
                        DuckDbIndicatorCatalog::indicator)
                .stream()
                .findFirst();
    }

    @Override
    public List<Indicator> listIndicators(Category category) {
        if (category == null) {
            return Rows.list(
                    connections, COLUMNS + " ORDER BY indicator_id", List.of(), DuckDbIndicatorCatalog::indicator);
        }
        return Rows.list(
                connections,
                COLUMNS + " WHERE category = ? ORDER BY indicator_id",
                List.of(category.key()),
                DuckDbIndicatorCatalog::indicator);
    }

    static Indicator indicator(ResultSet rs) throws SQLException {
        return new Indicator(
                IndicatorId.of(rs.getString(1)),
                Category.findByKey(rs.getString(2)).orElseThrow(),
                LocalizedText.of(rs.getString(3), rs.getString(4), rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                Aggregation.parse(rs.getString(10)),
                rs.getString(11),
                IndicatorStatus.valueOf(rs.getString(12).toUpperCase(Locale.ROOT)),
                new ValueRange((Double) rs.getObject(13), (Double) rs.getObject(14)));
    }
}
