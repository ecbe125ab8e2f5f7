package io.sousei.population;

import io.sousei.population.internal.IpssMunicipalStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The populations of {@link #project} without the trace of each step (for maps of every region): the same
     * arithmetic, about a third of the allocations.
     */
    public static PopulationSeries series(IpssMunicipalSpec spec) {
        Map<Integer, PopulationBySexAge> byYear = new LinkedHashMap<>();
        PopulationBySexAge population = spec.base();
        int year = spec.baseYear();
        byYear.put(year, population);
        for (IpssStepAssumptions a : spec.steps()) {
            population = IpssMunicipalStep.end(population, a);
            year += FiveYearAgeGroups.WIDTH_YEARS;
            byYear.put(year, population);
        }
        return PopulationSeries.of(byYear);
    }
}
