package io.sousei.store.population;

import io.sousei.store.WarehouseException;
import io.sousei.store.read.Connections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The observation reads behind the projection inputs: one indicator, one country and region level, some periods. */
final class PopulationReads {

    private final Connections connections;

    PopulationReads(Connections connections) {
        this.connections = connections;
    }

    /**
     * Rows of {@code indicator} for the regions of {@code country} at {@code level} ({@code nation}, {@code town},
     * {@code prefecture}, {@code municipality}) in the given periods.
     */
    List<ObservedRow> rows(String indicator, String country, String level, List<String> periods) {
        String marks = String.join(",", periods.stream().map(p -> "?").toList());
        String sql = """
                SELECT o.region_id, o.period, o.sex, o.age_group, o.category, o.value
                FROM observation o JOIN region r ON r.region_id = o.region_id
                WHERE o.indicator_id = ? AND r.country = ? AND r.level = ? AND o.value IS NOT NULL
                  AND o.period IN (""" + marks + ")";
        List<ObservedRow> out = new ArrayList<>();
        try (Connection c = connections.open();
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, indicator);
            st.setString(2, country);
            st.setString(3, level);
            for (int i = 0; i < periods.size(); i++) {
                st.setString(4 + i, periods.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ObservedRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getDouble(6)));
                }
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read " + indicator + " for " + country + ": " + e.getMessage(), e);
        }
        return out;
    }
}
