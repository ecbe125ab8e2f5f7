package io.sousei.population;

import io.sousei.observation.Sex;
import io.sousei.population.internal.Cohorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hamilton–Perry: {@code P_j(t+5) = CCR_j · P_{j−1}(t)} (open group on the sum of the last two groups) and
 * {@code P^s_{0−4}(t+5) = CWR^s · W_{15−49}(t+5)}. Survival and migration are not separable: a step's trace puts
 * the whole cohort change under {@code survivors}, zero under {@code migrants}, the CWR children under
 * {@code newborns}. Stateless and thread-safe.
 */
public final class HamiltonPerryProjection {

    private HamiltonPerryProjection() {}

    public static ProjectionResult project(HamiltonPerrySpec spec) {
        CohortChangeRatios ccr = CohortChangeRatios.between(spec.earlier(), spec.later());
        FiveYearAgeGroups g = ccr.ageGroups();
        List<ProjectionStep> steps = new ArrayList<>();
        PopulationBySexAge p = spec.later();
        int year = spec.laterYear();
        for (int k = 0; k < spec.steps(); k++) {
            double[][] changed = new double[2][g.count()];
            for (int s = 0; s < 2; s++) {
                for (int j = 1; j < g.count(); j++) {
                    changed[s][j] =
                            ccr.cohortChangeRatio(Cohorts.SEXES[s], j) * Cohorts.originPersons(p, Cohorts.SEXES[s], j);
                }
            }
            PopulationBySexAge survivors = PopulationBySexAge.of(g, changed[0], changed[1]);
            double women = survivors.womenAged15To49();
            PersonsBySex children =
                    new PersonsBySex(ccr.childWomanRatio(Sex.M) * women, ccr.childWomanRatio(Sex.F) * women);
            changed[0][0] = children.malePersons();
            changed[1][0] = children.femalePersons();
            PopulationBySexAge end = PopulationBySexAge.of(g, changed[0], changed[1]);
            steps.add(new ProjectionStep(
                    year,
                    p,
                    survivors,
                    children,
                    Optional.empty(),
                    NetMigrantsBySexAge.zero(g),
                    PopulationBySexAge.zero(g),
                    end));
            p = end;
            year += FiveYearAgeGroups.WIDTH_YEARS;
        }
        return new ProjectionResult(ProjectionMethod.HAMILTON_PERRY, steps);
    }
}
