package io.sousei.population.regional;

import io.sousei.observation.Sex;

/**
 * Net migrants of one sex and age group (age at the later count) over an intercensal period, by cohort comparison:
 * {@code P_x(t) − S_x · P_{x−5}(t−5)}; the rate is per person of the cohort at the earlier count.
 */
public record CohortNetMigration(Sex sex, String ageGroup, double netMigrantsPersons, double netMigrationRate) {}
