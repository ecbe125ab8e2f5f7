package io.sousei.web.api;

import java.util.Map;

/**
 * An indicator of the catalogue as the API shows it.
 *
 * @param aggregation the catalogue notation: {@code sum}, {@code weighted_mean:W}, {@code ratio_of_sums:N/D},
 *     {@code not_additive}
 * @param formula null for a measured indicator
 * @param status {@code available} or {@code no_source_yet}
 */
public record IndicatorDto(
        String id,
        String category,
        String name,
        Map<String, String> names,
        String unit,
        String definition,
        String source,
        String licence,
        String aggregation,
        String formula,
        String status) {}
