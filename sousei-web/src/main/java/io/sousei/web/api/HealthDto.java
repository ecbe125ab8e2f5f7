package io.sousei.web.api;

import java.util.Map;

/**
 * @param status {@code ok} while the server answers
 * @param warehouse where the data is read from, e.g. the database file
 * @param counts how many regions, indicators, observations … the warehouse holds
 */
public record HealthDto(String status, String warehouse, Map<String, Long> counts) {}
