package io.sousei.store.read;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a parameterised query and maps its rows; SQL failures become unchecked, as they are programmer errors here. */
final class Rows {

    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Rows() {}

    static <T> List<T> list(Connections connections, String sql, List<?> parameters, Mapper<T> mapper) {
        try (var c = connections.open();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("warehouse query failed: " + e.getMessage(), e);
        }
    }
}
