package io.sousei.population.regional;

import io.sousei.population.ProjectionMethod;
import io.sousei.population.ProjectionScenario;
import io.sousei.population.TfrPath;
import java.util.List;
import java.util.Optional;

/** The words users give for methods and scenarios (command line and API), turned into spec values. */
public final class ProjectionOptions {

    /** Method keys: IPSS municipal, generic cohort-component, Hamilton–Perry. */
    public static final List<String> METHOD_KEYS = List.of("ipss", "ccm", "hamilton-perry");

    /** The largest migration multiplier accepted (5× the observed net migration). */
    public static final double MAX_MIGRATION_MULTIPLIER = 5;

    private ProjectionOptions() {}

    public static Optional<ProjectionMethod> findMethod(String key) {
        return switch (key) {
            case "ipss" -> Optional.of(ProjectionMethod.IPSS_MUNICIPAL);
            case "ccm" -> Optional.of(ProjectionMethod.COHORT_COMPONENT);
            case "hamilton-perry" -> Optional.of(ProjectionMethod.HAMILTON_PERRY);
            default -> Optional.empty();
        };
    }

    public static String methodKey(ProjectionMethod method) {
        return switch (method) {
            case IPSS_MUNICIPAL -> "ipss";
            case COHORT_COMPONENT -> "ccm";
            case HAMILTON_PERRY -> "hamilton-perry";
            case POOL_MIGRATION -> "pool";
        };
    }

    /**
     * A scenario from the optional TFR target and year (both or neither) and migration multiplier (default 1).
     *
     * @throws IllegalArgumentException with a message that names the option and what it accepts
     */
    public static ProjectionScenario scenario(Double tfr, Integer tfrYear, Double migration, int baseYear) {
        double k = migration == null ? 1 : migration;
        if (!(k >= 0) || k > MAX_MIGRATION_MULTIPLIER) {
            throw new IllegalArgumentException("migration " + k + " is a multiplier from 0 (closed population) to "
                    + MAX_MIGRATION_MULTIPLIER + "; 1 keeps the observed rates");
        }
        if ((tfr == null) != (tfrYear == null)) {
            throw new IllegalArgumentException("tfr and tfr-year go together, e.g. tfr 2.07 by tfr-year 2040");
        }
        if (tfr == null) {
            return new ProjectionScenario(Optional.empty(), k);
        }
        if (!(tfr >= 0.5) || tfr > 4) {
            throw new IllegalArgumentException("tfr " + tfr + " is a total fertility rate from 0.5 to 4, e.g. 2.07");
        }
        if (tfrYear <= baseYear) {
            throw new IllegalArgumentException("tfr-year " + tfrYear + " comes after the base year " + baseYear);
        }
        return ProjectionScenario.of(TfrPath.linearTo(tfr, tfrYear), k);
    }
}
