package io.sousei.store.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sousei.region.BoundaryCatalog;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import io.sousei.store.pack.TopoJsonLayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Boundaries from the {@code boundary_layer} table and the {@code boundary} column of {@code region}. */
public final class DuckDbBoundaryCatalog implements BoundaryCatalog {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    public List<BoundaryLayer> listLayers(Country country, RegionLevel level, RegionId within) {
        Set<String> inside = new HashSet<>(
                Rows.list(connections, """
                WITH RECURSIVE below(region_id) AS (
                    SELECT region_id FROM region WHERE parent_id = ?
                    UNION ALL
                    SELECT r.region_id FROM region r JOIN below b ON r.parent_id = b.region_id)
                SELECT b.region_id FROM below b JOIN region r USING (region_id) WHERE r.level = ?""", List.of(within.toString(), level.key()), rs -> rs.getString(1)));
        List<BoundaryLayer> cut = new ArrayList<>();
        for (BoundaryLayer layer : listLayers(country, level)) {
            JsonNode topology = parse(layer.topoJson());
            String object = topology.path("objects").fieldNames().next();
            ObjectNode part = TopoJsonLayer.of(topology, object, "id", id -> inside.contains(id) ? id : null);
            if (!part.path("objects").path(object).path("geometries").isEmpty()) {
                cut.add(new BoundaryLayer(layer.name(), part.toString()));
            }
        }
        return cut;
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

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(new IOException("a stored boundary layer is not JSON", e));
        }
    }
}
