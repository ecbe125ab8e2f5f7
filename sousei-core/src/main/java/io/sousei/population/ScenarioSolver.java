package io.sousei.population;

import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * Reverse questions (METHODS §1.5): which target TFR, or which migration multiplier, makes the projection reach a
 * target population in a target year. The population in a year grows monotonically with fertility (more births
 * never remove anyone); for migration it is monotone when net migration has one sign. Bisection needs only that the
 * two ends of the bracket lie on either side of the target, and it finds a crossing even when monotonicity fails.
 */
public final class ScenarioSolver {

    private ScenarioSolver() {}

    /** The TFR to reach by {@code tfrTargetYear} (linear path, midpoint timing) so that {@code target} is met. */
    public static SolvedScenario targetTfr(
            ProjectionSpec base,
            TargetPopulation target,
            int tfrTargetYear,
            double migrationMultiplier,
            SearchBracket bracket) {
        return solve(
                base,
                target,
                bracket,
                tfr -> ProjectionScenario.of(TfrPath.linearTo(tfr, tfrTargetYear), migrationMultiplier));
    }

    /** The migration multiplier that meets {@code target}, with an optional TFR path kept fixed. */
    public static SolvedScenario migrationMultiplier(
            ProjectionSpec base, TargetPopulation target, Optional<TfrPath> tfrPath, SearchBracket bracket) {
        return solve(base, target, bracket, k -> new ProjectionScenario(tfrPath, k));
    }

    static SolvedScenario solve(
            ProjectionSpec base,
            TargetPopulation target,
            SearchBracket bracket,
            DoubleFunction<ProjectionScenario> scenarioOf) {
        if (target.year() <= base.baseYear()
                || target.year() > base.endYear()
                || (target.year() - base.baseYear()) % 5 != 0) {
            throw new IllegalArgumentException("the target year " + target.year() + " is a projected year between "
                    + (base.baseYear() + 5) + " and " + base.endYear() + " in steps of 5");
        }
        DoubleFunction<ProjectionResult> project =
                v -> CohortComponentProjection.project(scenarioOf.apply(v).applyTo(base));
        double lo = bracket.lower();
        double hi = bracket.upper();
        double gapLo = gap(project.apply(lo), target);
        double gapHi = gap(project.apply(hi), target);
        if (Math.signum(gapLo) == Math.signum(gapHi) && gapLo != 0) {
            throw new PopulationProjectionException(
                    PopulationErrorCode.POPULATION_TARGET_OUT_OF_REACH,
                    "a population of " + target.totalPersons() + " in " + target.year() + " lies outside what "
                            + bracket.lower() + " … " + bracket.upper() + " give (" + (target.totalPersons() + gapLo)
                            + " … " + (target.totalPersons() + gapHi) + "); widen the bracket or change the target");
        }
        int iterations = 0;
        while (hi - lo > bracket.tolerance() && iterations < bracket.maxIterations()) {
            double mid = (lo + hi) / 2;
            double gapMid = gap(project.apply(mid), target);
            if (Math.signum(gapMid) == Math.signum(gapLo)) {
                lo = mid;
                gapLo = gapMid;
            } else {
                hi = mid;
            }
            iterations++;
        }
        double value = (lo + hi) / 2;
        ProjectionResult result = project.apply(value);
        return new SolvedScenario(
                value,
                scenarioOf.apply(value),
                result,
                result.getPopulation(target.year()).totalPersons(),
                iterations);
    }

    private static double gap(ProjectionResult result, TargetPopulation target) {
        return result.getPopulation(target.year()).totalPersons() - target.totalPersons();
    }
}
