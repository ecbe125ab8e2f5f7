package io.sousei.population;

import java.util.Objects;
import java.util.Optional;

/**
 * The trace of one five-year step, for decomposition charts. Per sex and age group the end population balances
 * exactly: {@code end = survivors + newborns (group 0) + migrants + clampAdditions}.
 *
 * @param survivors the start population aged one group, without migration (group 0 empty)
 * @param newborns persons aged 0–4 at the end who were born in the step, before their own migration: births
 *     times their survival ratio, or the child–woman-ratio children of the IPSS method
 * @param births births in the step, both sexes; empty when the method does not model births (IPSS, Hamilton–Perry)
 * @param migrants the net contribution of migration to the end population (including survival of migrants who
 *     arrived in the step's first half)
 * @param clampAdditions persons added where survivors plus migrants fell below zero (METHODS §1.9.6); zero almost
 *     always — any positive cell means migration assumptions exceed the population
 */
public record ProjectionStep(
        int startYear,
        PopulationBySexAge start,
        PopulationBySexAge survivors,
        PersonsBySex newborns,
        Optional<PersonsBySex> births,
        NetMigrantsBySexAge migrants,
        PopulationBySexAge clampAdditions,
        PopulationBySexAge end) {

    public ProjectionStep {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(survivors, "survivors");
        Objects.requireNonNull(newborns, "newborns");
        Objects.requireNonNull(births, "births");
        Objects.requireNonNull(migrants, "migrants");
        Objects.requireNonNull(clampAdditions, "clampAdditions");
        Objects.requireNonNull(end, "end");
    }

    public int endYear() {
        return startYear + FiveYearAgeGroups.WIDTH_YEARS;
    }

    public double netMigrantsPersons() {
        return migrants.totalPersons();
    }

    /** True when some cell had to be clamped at zero. */
    public boolean wasClamped() {
        return clampAdditions.totalPersons() > 0;
    }
}
