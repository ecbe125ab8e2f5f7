package io.sousei.web.api;

import java.util.Map;

/**
 * What the health route reports beside {@code "status": "ok"}; supplied by whoever wires the server.
 *
 * @param warehouse where the data is read from, e.g. the database file; null when not told
 * @param counts how many regions, indicators, observations … the warehouse holds, by name
 */
public record HealthInfo(String warehouse, Map<String, Long> counts) {

    public HealthInfo {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    public static HealthInfo unknown() {
        return new HealthInfo(null, Map.of());
    }
}
