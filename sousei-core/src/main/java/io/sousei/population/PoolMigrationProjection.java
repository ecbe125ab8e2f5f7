package io.sousei.population;

import io.sousei.population.internal.PoolMigrationStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pool (out-rate × allocation) migration model over several regions projected together (METHODS §1.3 c):
 * regional net migrants sum to zero in every sex × age cell unless a cell had to be clamped. Stateless and thread-safe.
 */
public final class PoolMigrationProjection {

    private PoolMigrationProjection() {}

    /** One result per region, in the order of the spec's regions. */
    public static Map<String, ProjectionResult> project(PoolMigrationSpec spec) {
        List<PoolRegion> regions = spec.regions();
        List<List<ProjectionStep>> byRegion = new ArrayList<>();
        List<PopulationBySexAge> populations = new ArrayList<>();
        for (PoolRegion r : regions) {
            byRegion.add(new ArrayList<>());
            populations.add(r.base());
        }
        int year = spec.baseYear();
        for (int k = 0; k < spec.steps(); k++) {
            List<ProjectionStep> steps = PoolMigrationStep.step(year, regions, populations, spec.migrationMultiplier());
            for (int r = 0; r < regions.size(); r++) {
                byRegion.get(r).add(steps.get(r));
                populations.set(r, steps.get(r).end());
            }
            year += FiveYearAgeGroups.WIDTH_YEARS;
        }
        Map<String, ProjectionResult> out = new LinkedHashMap<>();
        for (int r = 0; r < regions.size(); r++) {
            out.put(regions.get(r).key(), new ProjectionResult(ProjectionMethod.POOL_MIGRATION, byRegion.get(r)));
        }
        return Collections.unmodifiableMap(out);
    }
}
