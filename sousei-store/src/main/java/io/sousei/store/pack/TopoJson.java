package io.sousei.store.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes the geometries of one TopoJSON object into GeoJSON geometries: arcs are delta-decoded and
 * de-quantised with the topology's transform, and stitched into rings.
 */
public final class TopoJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final double ROUNDING = 1e6;

    private final double[][][] arcs;

    private TopoJson(double[][][] arcs) {
        this.arcs = arcs;
    }

    /** GeoJSON geometries of the object's members, by the value of {@code idProperty}. */
    public static Map<String, ObjectNode> geometries(JsonNode topology, String object, String idProperty) {
        JsonNode collection = topology.path("objects").path(object);
        if (collection.isMissingNode()) {
            throw new IllegalArgumentException(
                    "the topology has no object '" + object + "'; it has " + iterableNames(topology.path("objects")));
        }
        TopoJson decoder = new TopoJson(decodeArcs(topology));
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        for (JsonNode geometry : collection.path("geometries")) {
            JsonNode id = geometry.path("properties").path(idProperty);
            if (id.isMissingNode() || id.isNull()) {
                id = geometry.path(idProperty);
            }
            if (id.isMissingNode() || id.isNull()) {
                continue;
            }
            ObjectNode decoded = decoder.geometry(geometry);
            if (decoded != null) {
                out.merge(id.asText(), decoded, TopoJson::union);
            }
        }
        return out;
    }

    private static String iterableNames(JsonNode objects) {
        StringBuilder s = new StringBuilder();
        objects.fieldNames()
                .forEachRemaining(n -> s.append(s.isEmpty() ? "" : ", ").append(n));
        return s.toString();
    }

    private static double[][][] decodeArcs(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        boolean quantized = !transform.isMissingNode();
        double sx = quantized ? transform.path("scale").path(0).asDouble() : 1;
        double sy = quantized ? transform.path("scale").path(1).asDouble() : 1;
        double tx = quantized ? transform.path("translate").path(0).asDouble() : 0;
        double ty = quantized ? transform.path("translate").path(1).asDouble() : 0;
        JsonNode arcsNode = topology.path("arcs");
        double[][][] arcs = new double[arcsNode.size()][][];
        for (int a = 0; a < arcs.length; a++) {
            JsonNode arc = arcsNode.get(a);
            double[][] points = new double[arc.size()][2];
            double x = 0;
            double y = 0;
            for (int p = 0; p < points.length; p++) {
                JsonNode point = arc.get(p);
                if (quantized) {
                    x += point.get(0).asDouble();
                    y += point.get(1).asDouble();
                    points[p][0] = x * sx + tx;
                    points[p][1] = y * sy + ty;
                } else {
                    points[p][0] = point.get(0).asDouble();
                    points[p][1] = point.get(1).asDouble();
                }
            }
            arcs[a] = points;
        }
        return arcs;
    }

    private ObjectNode geometry(JsonNode g) {
        String type = g.path("type").asText();
        ObjectNode out = JSON.objectNode();
        switch (type) {
            case "Polygon" -> out.put("type", "Polygon").set("coordinates", polygon(g.path("arcs")));
            case "MultiPolygon" -> {
                ArrayNode polygons = JSON.arrayNode();
                for (JsonNode p : g.path("arcs")) {
                    polygons.add(polygon(p));
                }
                if (polygons.isEmpty()) {
                    return null;
                }
                out.put("type", "MultiPolygon").set("coordinates", polygons);
            }
            default -> {
                return null;
            }
        }
        return out;
    }

    private ArrayNode polygon(JsonNode rings) {
        ArrayNode out = JSON.arrayNode();
        for (JsonNode ring : rings) {
            out.add(ring(ring));
        }
        return out;
    }

    private ArrayNode ring(JsonNode arcIndexes) {
        ArrayNode points = JSON.arrayNode();
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            double[][] arc = arcs[i < 0 ? ~i : i];
            int n = arc.length;
            for (int k = 0; k < n; k++) {
                if (k == 0 && !points.isEmpty()) {
                    continue; // shared with the end of the previous arc
                }
                double[] p = arc[i < 0 ? n - 1 - k : k];
                points.add(JSON.arrayNode().add(round(p[0])).add(round(p[1])));
            }
        }
        return points;
    }

    /** Two geometries of one id (a region split over several members) as one MultiPolygon. */
    private static ObjectNode union(ObjectNode a, ObjectNode b) {
        ArrayNode polygons = JSON.arrayNode();
        for (ObjectNode g : new ObjectNode[] {a, b}) {
            if (g.path("type").asText().equals("Polygon")) {
                polygons.add(g.path("coordinates"));
            } else {
                g.path("coordinates").forEach(polygons::add);
            }
        }
        ObjectNode out = JSON.objectNode();
        out.put("type", "MultiPolygon").set("coordinates", polygons);
        return out;
    }

    private static double round(double v) {
        return Math.round(v * ROUNDING) / ROUNDING;
    }
}
