package io.sousei.web.api;

import java.util.List;

/**
 * The answer to an observation query: the indicator with its unit, then the rows.
 *
 * @param limit the most rows this answer could hold
 * @param truncated whether more rows matched than {@code limit}; narrow the query or page by period
 */
public record ObservationTableDto(
        String indicator,
        String indicatorName,
        String unit,
        String lang,
        int count,
        int limit,
        boolean truncated,
        List<ObservationRowDto> rows) {}
