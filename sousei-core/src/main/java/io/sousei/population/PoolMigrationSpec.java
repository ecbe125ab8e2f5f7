package io.sousei.population;

import io.sousei.observation.Sex;
import java.util.HashSet;
import java.util.List;

/**
 * A multi-regional cohort-component projection whose migrants pass through a common pool: all regions are projected
 * together. {@code migrationMultiplier} scales every out-migration rate (the shares stay), so a scenario keeps
 * national net migration at zero (METHODS §1.5).
 *
 * @param shareTolerance how far the in-migration shares of a cell may sum away from 1
 */
public record PoolMigrationSpec(
        List<PoolRegion> regions, int baseYear, int steps, double migrationMultiplier, double shareTolerance) {

    public static final double DEFAULT_SHARE_TOLERANCE = 1e-9;

    public PoolMigrationSpec {
        regions = List.copyOf(regions);
        if (regions.isEmpty() || steps < 1 || !(migrationMultiplier >= 0)) {
            throw new IllegalArgumentException("a pool projection has regions, at least one step and a multiplier ≥ 0");
        }
        if (new HashSet<>(regions.stream().map(PoolRegion::key).toList()).size() != regions.size()) {
            throw new IllegalArgumentException("region keys are unique");
        }
        FiveYearAgeGroups g = regions.get(0).base().ageGroups();
        if (regions.stream().anyMatch(r -> !r.base().ageGroups().equals(g))) {
            throw new IllegalArgumentException("all regions use the same age groups");
        }
        for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
            for (int j = 0; j < g.count(); j++) {
                final int group = j;
                double sum = regions.stream()
                        .mapToDouble(r -> r.migration().inMigrationShare(sex, group))
                        .sum();
                if (Math.abs(sum - 1) > shareTolerance) {
                    throw new IllegalArgumentException("in-migration shares of " + sex + " " + g.label(j) + " sum to "
                            + sum + " over the regions, not 1");
                }
            }
        }
    }

    public static PoolMigrationSpec of(List<PoolRegion> regions, int baseYear, int steps) {
        return new PoolMigrationSpec(regions, baseYear, steps, 1, DEFAULT_SHARE_TOLERANCE);
    }

    public PoolMigrationSpec withMigrationMultiplier(double k) {
        return new PoolMigrationSpec(regions, baseYear, steps, k, shareTolerance);
    }
}
