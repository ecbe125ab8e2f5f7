package io.sousei.web.api;

import java.math.BigDecimal;

/**
 * A headline figure: the region's value and, for the same period, its parent's and the nation's.
 *
 * @param parentValue null when the parent has no value for the period
 * @param nationValue null when the nation has no value for the period
 * @param dataset the dataset of the region's value
 */
public record FigureDto(
        String indicator,
        String name,
        String unit,
        String period,
        BigDecimal value,
        BigDecimal parentValue,
        BigDecimal nationValue,
        String dataset) {}
