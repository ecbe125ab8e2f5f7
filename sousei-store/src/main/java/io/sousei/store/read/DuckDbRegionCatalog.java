package io.sousei.store.read;

import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import io.sousei.text.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Regions from the warehouse's {@code region} table. */
public final class DuckDbRegionCatalog implements RegionCatalog {

    private static final String COLUMNS =
            "SELECT region_id, level, parent_id, name_zh_hant, name_ja, name_en, valid_from, valid_to, area_km2 FROM region";

    private final Connections connections;

    public DuckDbRegionCatalog(Connections connections) {
        this.connections = connections;
    }

    @Override
    public Optional<Region> findRegion(RegionId id) {
        return Rows.list(
                        connections,
                        COLUMNS + " WHERE region_id = ?",
                        List.of(id.toString()),
                        DuckDbRegionCatalog::region)
                .stream()
                .findFirst();
    }

    @Override
    public List<Region> listRegions(Country country, RegionLevel level, RegionId parent) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE country = ?");
        List<Object> parameters = new ArrayList<>(List.of(country.name()));
        if (level != null) {
            sql.append(" AND level = ?");
            parameters.add(level.key());
        }
        if (parent != null) {
            sql.append(" AND parent_id = ?");
            parameters.add(parent.toString());
        }
        sql.append(" ORDER BY region_id");
        return Rows.list(connections, sql.toString(), parameters, DuckDbRegionCatalog::region);
    }

    static Region region(ResultSet rs) throws SQLException {
        var validFrom = rs.getDate(7);
        var validTo = rs.getDate(8);
        Object area = rs.getObject(9);
        return new Region(
                RegionId.parse(rs.getString(1)),
                RegionLevel.findByKey(rs.getString(2)).orElseThrow(),
                rs.getString(3) == null ? null : RegionId.parse(rs.getString(3)),
                LocalizedText.of(rs.getString(4), rs.getString(5), rs.getString(6)),
                validFrom == null ? null : validFrom.toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(),
                area == null ? null : ((Number) area).doubleValue());
    }
}
