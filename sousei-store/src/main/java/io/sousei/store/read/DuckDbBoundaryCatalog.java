package io.sousei.store.read;

import io.sousei.region.BoundaryCatalog;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import java.util.List;
import java.util.Optional;

/** Boundaries from the {@code boundary_layer} table and the {@code boundary} column of {@code region}. */
public final class DuckDbBoundaryCatalog implements BoundaryCatalog {

    private final Connections connections;

    public DuckDbBoundaryCatalog(Connections connections) {
        this.connections = connections;
    }

    @Override
    public List<BoundaryLayer> listLayers(Country country, RegionLevel level) {
        // The main layer is the one with the most text; supplements (islands) are small.
        return Rows.list(
                connections,
                "SELECT name, topojson FROM boundary_layer WHERE country = ? AND level = ? "
                        + "ORDER BY length(topojson) DESC, name",
                List.of(country.name(), level.key()),
                rs -> new BoundaryLayer(rs.getString(1), rs.getString(2)));
    }

    @Override
    public Optional<String> findBoundary(RegionId id) {
        return Rows.list(
                        connections,
                        "SELECT boundary FROM region WHERE region_id = ? AND boundary IS NOT NULL",
                        List.of(id.toString()),
                        rs -> rs.getString(1))
                .stream()
                .findFirst();
    }
}
