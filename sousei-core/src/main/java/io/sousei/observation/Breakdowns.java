package io.sousei.observation;

import java.util.List;

/**
 * The breakdowns an indicator has values for in a country at a level: the sexes ({@code T}, {@code M}, {@code F}),
 * the age groups (totals {@code _T} first, then by lower bound) and the categories ({@code _T} first), so that a page
 * offers only the choices that lead to data.
 */
public record Breakdowns(List<Sex> sexes, List<String> ageGroups, List<String> categories) {

    public Breakdowns {
        sexes = List.copyOf(sexes);
        ageGroups = List.copyOf(ageGroups);
        categories = List.copyOf(categories);
    }
}
