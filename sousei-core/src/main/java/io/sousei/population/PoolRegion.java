package io.sousei.population;

import java.util.Objects;

/** One region of a pool-migration projection, with its base population and constant assumptions. */
public record PoolRegion(
        String key,
        PopulationBySexAge base,
        SurvivalRatios survival,
        FertilitySchedule fertility,
        PoolMigrationRates migration) {

    public PoolRegion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(fertility, "fertility");
        if (!base.ageGroups().equals(survival.ageGroups()) || !base.ageGroups().equals(migration.ageGroups())) {
            throw new IllegalArgumentException(key + ": population, survival and migration use the same age groups");
        }
    }
}
