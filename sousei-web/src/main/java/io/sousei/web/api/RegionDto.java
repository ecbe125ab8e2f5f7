package io.sousei.web.api;

import java.util.Map;

/**
 * A region as the API shows it.
 *
 * @param name the name in the requested language (with fallback)
 * @param names every name the region has, by language tag
 * @param validFrom ISO date, null when open
 * @param validTo ISO date, null while in force
 */
public record RegionDto(
        String id,
        String country,
        String level,
        String parent,
        String name,
        Map<String, String> names,
        String validFrom,
        String validTo,
        Double areaKm2) {}
