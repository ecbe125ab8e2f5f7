package io.sousei.population.regional;

/**
 * The change of women aged 20–39 from {@code fromYear} to {@code toYear} (IPSS method, baseline assumptions) with
 * migration and in the closed population, and the resulting class.
 */
public record WomenChange(
        int fromYear,
        int toYear,
        double womenFromPersons,
        double womenToPersons,
        double womenToClosedPersons,
        double changeRateWithMigration,
        double changeRateClosed,
        SustainabilityClass sustainabilityClass) {}
