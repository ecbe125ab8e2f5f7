package io.sousei.population;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An IPSS-method municipal projection: the census base (age "unknown" already pro-rated) and the assumptions of
 * each step. Small municipalities take pooled rates ({@link NetMigrationRates#pooledResidual}) as their input.
 */
public record IpssMunicipalSpec(PopulationBySexAge base, int baseYear, List<IpssStepAssumptions> steps) {

    public IpssMunicipalSpec {
        Objects.requireNonNull(base, "base");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a projection has at least one step");
        }
        if (steps.stream().anyMatch(s -> !s.survival().ageGroups().equals(base.ageGroups()))) {
            throw new IllegalArgumentException("the base population and the assumptions use different age groups");
        }
        if (base.ageGroups().openAgeYears() < 50) {
            throw new IllegalArgumentException("the child–woman ratio needs women 15–49 in closed groups");
        }
    }

    public static IpssMunicipalSpec constant(
            PopulationBySexAge base, int baseYear, int stepCount, IpssStepAssumptions a) {
        return new IpssMunicipalSpec(base, baseYear, Collections.nCopies(stepCount, a));
    }

    public int endYear() {
        return baseYear + FiveYearAgeGroups.WIDTH_YEARS * steps.size();
    }

    /**
     * A RESAS-style scenario on the IPSS assumptions: net migration rates times the multiplier, and each step's
     * child–woman ratio times {@code TFR_scenario(step) / referenceTfr} — the ratio rule of METHODS §1.5, the
     * first-order form of the exact TFR→CWR bridge. {@code referenceTfr} is the TFR the assumed child–woman ratios
     * stand for (the base of the TFR path).
     */
    public IpssMunicipalSpec withScenario(ProjectionScenario scenario, double referenceTfr) {
        if (!(referenceTfr > 0)) {
            throw new IllegalArgumentException(
                    "the reference TFR of the child–woman ratios is positive: " + referenceTfr);
        }
        List<IpssStepAssumptions> out = new ArrayList<>(steps.size());
        int year = baseYear;
        for (IpssStepAssumptions s : steps) {
            IpssStepAssumptions t = s.withNetMigration(s.netMigration().scaled(scenario.migrationMultiplier()));
            if (scenario.tfrPath().isPresent()) {
                double tfr = scenario.tfrPath().get().tfrOfStep(year, referenceTfr, baseYear);
                t = t.withChildWomanRatio(s.childWomanRatio() * tfr / referenceTfr);
            }
            out.add(t);
            year += FiveYearAgeGroups.WIDTH_YEARS;
        }
        return new IpssMunicipalSpec(base, baseYear, out);
    }
}
