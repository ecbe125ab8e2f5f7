package io.sousei.population;

import io.sousei.population.internal.IpssMunicipalStep;
import java.util.ArrayList;
import java.util.List;

/**
 * The IPSS municipal projection (METHODS §1.4) for one municipality, before any national adjustment
 * ({@link NationalAdjustment}). Stateless and thread-safe.
 */
public final class IpssMunicipalProjection {

    private IpssMunicipalProjection() {}

    public static ProjectionResult project(IpssMunicipalSpec spec) {
        List<ProjectionStep> steps = new ArrayList<>(spec.steps().size());
        PopulationBySexAge population = spec.base();
        int year = spec.baseYear();
        for (IpssStepAssumptions a : spec.steps()) {
            ProjectionStep step = IpssMunicipalStep.step(year, population, a);
            steps.add(step);
            population = step.end();
            year = step.endYear();
        }
        return new ProjectionResult(ProjectionMethod.IPSS_MUNICIPAL, steps);
    }
}
