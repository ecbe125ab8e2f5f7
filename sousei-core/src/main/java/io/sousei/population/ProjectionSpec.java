package io.sousei.population;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A cohort-component projection: the base population at {@code baseYear} and the assumptions of each five-year
 * step in order (step k runs from {@code baseYear + 5k} to {@code baseYear + 5k + 5}).
 */
public record ProjectionSpec(PopulationBySexAge base, int baseYear, List<StepAssumptions> steps) {

    public ProjectionSpec {
        Objects.requireNonNull(base, "base");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a projection has at least one step");
        }
        for (StepAssumptions s : steps) {
            if (!s.survival().ageGroups().equals(base.ageGroups())) {
                throw new IllegalArgumentException("the base population and the assumptions use different age groups: "
                        + base.ageGroups() + " vs " + s.survival().ageGroups());
            }
        }
    }

    /** The same assumptions for {@code stepCount} steps. */
    public static ProjectionSpec constant(
            PopulationBySexAge base, int baseYear, int stepCount, StepAssumptions assumptions) {
        if (stepCount < 1) {
            throw new IllegalArgumentException("a projection has at least one step, not " + stepCount);
        }
        return new ProjectionSpec(base, baseYear, Collections.nCopies(stepCount, assumptions));
    }

    public int endYear() {
        return baseYear + FiveYearAgeGroups.WIDTH_YEARS * steps.size();
    }

    public ProjectionSpec withSteps(List<StepAssumptions> newSteps) {
        return new ProjectionSpec(base, baseYear, newSteps);
    }
}
