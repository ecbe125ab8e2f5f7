package io.sousei.store.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One object of a pack's topology, made ready for maps: each geometry carries the warehouse's region id as
 * its {@code id} and nothing else, pieces of one region become one MultiPolygon, and only the arcs the
 * object uses are kept (renumbered). A browser turns it into GeoJSON with {@code topojson.feature}.
 */
public final class TopoJsonLayer {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TopoJsonLayer() {}

    /**
     * @param regionIdOf the region id for a geometry's {@code idProperty} value, or null to leave the geometry out
     */
    public static ObjectNode of(
            JsonNode topology, String object, String idProperty, Function<String, String> regionIdOf) {
        Map<String, ArrayNode> polygonsById = new TreeMap<>();
        for (JsonNode geometry : topology.path("objects").path(object).path("geometries")) {
            JsonNode key = geometry.path("properties").path(idProperty);
            if (key.isMissingNode() || key.isNull()) {
                key = geometry.path(idProperty);
            }
            String id = key.isMissingNode() || key.isNull() ? null : regionIdOf.apply(key.asText());
            ArrayNode polygons = id == null ? null : polygonsById.computeIfAbsent(id, k -> JSON.arrayNode());
            switch (geometry.path("type").asText()) {
                case "Polygon" -> addIf(polygons, geometry.path("arcs"));
                case "MultiPolygon" -> geometry.path("arcs").forEach(p -> addIf(polygons, p));
                default -> {}
            }
        }
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        ArrayNode geometries = JSON.arrayNode();
        polygonsById.forEach((id, polygons) -> {
            if (polygons.isEmpty()) {
                return;
            }
            polygons.forEach(polygon -> polygon.forEach(ring -> renumber((ArrayNode) ring, renumbered)));
            ObjectNode g = geometries.addObject().put("id", id);
            if (polygons.size() == 1) {
                g.put("type", "Polygon").set("arcs", polygons.get(0));
            } else {
                g.put("type", "MultiPolygon").set("arcs", polygons);
            }
        });
        ArrayNode arcs = JSON.arrayNode();
        renumbered.keySet().forEach(old -> arcs.add(topology.path("arcs").get(old)));
        ObjectNode layer = JSON.objectNode().put("type", "Topology");
        if (topology.has("transform")) {
            layer.set("transform", topology.get("transform"));
        }
        layer.putObject("objects")
                .putObject(object)
                .put("type", "GeometryCollection")
                .set("geometries", geometries);
        layer.set("arcs", arcs);
        return layer;
    }

    private static void addIf(ArrayNode polygons, JsonNode polygon) {
        if (polygons != null) {
            polygons.add(polygon.deepCopy());
        }
    }

    /** Arc indexes are rewritten in place; a negative index (~i) means the arc reversed and stays reversed. */
    private static void renumber(ArrayNode ring, Map<Integer, Integer> renumbered) {
        for (int k = 0; k < ring.size(); k++) {
            int i = ring.get(k).asInt();
            int old = i < 0 ? ~i : i;
            int fresh = renumbered.computeIfAbsent(old, o -> renumbered.size());
            ring.set(k, JSON.numberNode(i < 0 ? ~fresh : fresh));
        }
    }
}
