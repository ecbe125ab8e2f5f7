package io.sousei.population.regional;

import io.sousei.population.FertilitySchedule;
import io.sousei.population.NetMigrationRates;
import io.sousei.population.PopulationBySexAge;
import io.sousei.region.RegionId;
import java.util.Objects;

/**
 * Everything the three methods need for one region, estimated from observed data: the counts five years before
 * the base and at the base (age unknown pro-rated), survival by step, residual net migration rates (additive
 * convention), the fertility schedule at the base, the child–woman ratio and 0–4 sex ratio of the base.
 */
public record RegionInputs(
        RegionId region,
        PopulationBySexAge earlier,
        PopulationBySexAge base,
        SurvivalSchedule survival,
        NetMigrationRates netMigration,
        MigrationEstimate migrationEstimate,
        FertilitySchedule fertility,
        double childWomanRatio,
        double sexRatio0to4MalesPer100Females) {

    public RegionInputs {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(survival, "survival");
        Objects.requireNonNull(netMigration, "netMigration");
        Objects.requireNonNull(migrationEstimate, "migrationEstimate");
        Objects.requireNonNull(fertility, "fertility");
        if (!earlier.ageGroups().equals(base.ageGroups())
                || !netMigration.ageGroups().equals(base.ageGroups())) {
            throw new IllegalArgumentException(region + ": counts and rates use different age groups");
        }
        if (!(childWomanRatio >= 0) || !Double.isFinite(childWomanRatio)) {
            throw new IllegalArgumentException(region + ": child–woman ratio " + childWomanRatio);
        }
        if (!(sexRatio0to4MalesPer100Females > 0) || !Double.isFinite(sexRatio0to4MalesPer100Females)) {
            throw new IllegalArgumentException(region + ": 0–4 sex ratio " + sexRatio0to4MalesPer100Females);
        }
    }
}
