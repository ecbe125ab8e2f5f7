package io.sousei.population;

import java.util.Objects;

/** What drives one five-year cohort-component step: survival, fertility and migration. */
public record StepAssumptions(SurvivalRatios survival, FertilitySchedule fertility, MigrationAssumption migration) {

    public StepAssumptions {
        Objects.requireNonNull(survival, "survival");
        Objects.requireNonNull(fertility, "fertility");
        Objects.requireNonNull(migration, "migration");
        if (fertility.endAgeYears() > survival.ageGroups().openAgeYears()) {
            throw new IllegalArgumentException(
                    "childbearing ages up to " + fertility.endAgeYears() + " reach into the open age group "
                            + survival.ageGroups().label(survival.ageGroups().openGroup()));
        }
        FiveYearAgeGroups g = survival.ageGroups();
        boolean sameAxis =
                switch (migration) {
                    case MigrationAssumption.Closed c -> true;
                    case MigrationAssumption.ByNetMigrationRates r ->
                        r.rates().ageGroups().equals(g);
                    case MigrationAssumption.ByNetMigrantCounts n ->
                        n.netMigrants().ageGroups().equals(g);
                };
        if (!sameAxis) {
            throw new IllegalArgumentException("survival and migration use different age groups");
        }
    }

    /** No migration. */
    public static StepAssumptions closed(SurvivalRatios survival, FertilitySchedule fertility) {
        return new StepAssumptions(survival, fertility, MigrationAssumption.none());
    }

    public StepAssumptions withFertility(FertilitySchedule newFertility) {
        return new StepAssumptions(survival, newFertility, migration);
    }

    public StepAssumptions withMigration(MigrationAssumption newMigration) {
        return new StepAssumptions(survival, fertility, newMigration);
    }
}
