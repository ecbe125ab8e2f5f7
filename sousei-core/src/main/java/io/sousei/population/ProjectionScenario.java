package io.sousei.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user scenario on top of a projection's assumptions (METHODS §1.5): an optional TFR path and a migration
 * multiplier {@code k} (1 keeps the assumptions, 0 gives the closed population 封鎖人口, 0.5 halves migration).
 */
public record ProjectionScenario(Optional<TfrPath> tfrPath, double migrationMultiplier) {

    /** The assumptions as given (パターン1 when they are IPSS's). */
    public static final ProjectionScenario BASELINE = new ProjectionScenario(Optional.empty(), 1);

    /** No migration. */
    public static final ProjectionScenario CLOSED = new ProjectionScenario(Optional.empty(), 0);

    public ProjectionScenario {
        Objects.requireNonNull(tfrPath, "tfrPath");
        if (!Double.isFinite(migrationMultiplier)) {
            throw new IllegalArgumentException("a migration multiplier is finite, not " + migrationMultiplier);
        }
    }

    public static ProjectionScenario of(TfrPath tfrPath, double migrationMultiplier) {
        return new ProjectionScenario(Optional.of(tfrPath), migrationMultiplier);
    }

    public ProjectionScenario withMigrationMultiplier(double k) {
        return new ProjectionScenario(tfrPath, k);
    }

    /**
     * The projection spec this scenario makes of {@code base}: each step's ASFR scaled to the path's TFR (the base TFR
     * being that of the first step's schedule) and its migration scaled by the multiplier.
     */
    public ProjectionSpec applyTo(ProjectionSpec base) {
        double baseTfr = base.steps().get(0).fertility().totalFertilityRate();
        List<StepAssumptions> steps = new ArrayList<>(base.steps().size());
        int year = base.baseYear();
        for (StepAssumptions step : base.steps()) {
            StepAssumptions s = step.withMigration(step.migration().scaled(migrationMultiplier));
            if (tfrPath.isPresent()) {
                s = s.withFertility(s.fertility()
                        .scaledToTotalFertilityRate(tfrPath.get().tfrOfStep(year, baseTfr, base.baseYear())));
            }
            steps.add(s);
            year += FiveYearAgeGroups.WIDTH_YEARS;
        }
        return base.withSteps(steps);
    }
}
