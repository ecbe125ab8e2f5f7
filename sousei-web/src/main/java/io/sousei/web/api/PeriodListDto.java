package io.sousei.web.api;

import java.util.List;

/**
 * The periods of an indicator, with the sexes, age groups and categories it has values for.
 *
 * @param level null when the periods of every level are listed
 */
public record PeriodListDto(
        String indicator,
        String country,
        String level,
        List<String> periods,
        List<String> sexes,
        List<String> ageGroups,
        List<String> categories) {}
