package io.sousei.population;

import io.sousei.population.internal.CohortComponentStep;
import java.util.ArrayList;
import java.util.List;

/**
 * The generic cohort-component projection by sex and five-year age in five-year steps (PHG ch. 6; METHODS §1.2):
 * survival ratios age the cohorts, births come from ASFR applied to the mean of the women at the start and the
 * end of each step, and migration follows the step's {@link MigrationAssumption}. Stateless and thread-safe.
 */
public final class CohortComponentProjection {

    private CohortComponentProjection() {}

    public static ProjectionResult project(ProjectionSpec spec) {
        List<ProjectionStep> steps = new ArrayList<>(spec.steps().size());
        PopulationBySexAge population = spec.base();
        int year = spec.baseYear();
        for (StepAssumptions assumptions : spec.steps()) {
            ProjectionStep step = CohortComponentStep.step(year, population, assumptions);
            steps.add(step);
            population = step.end();
            year = step.endYear();
        }
        return new ProjectionResult(ProjectionMethod.COHORT_COMPONENT, steps);
    }
}
