package io.sousei.population;

import io.sousei.observation.Sex;
import io.sousei.population.internal.Cohorts;

/**
 * Hamilton–Perry cohort-change ratios from two censuses five years apart, indexed by the group the cohort enters:
 * {@code CCR_j = P_j(t) / P_{j−1}(t−5)}; for the open group {@code P_A(t) / (P_{A−5}(t−5) + P_A(t−5))}. They mix
 * survival and migration and may exceed 1. Group 0 holds the sex-specific child–woman ratio of the later census,
 * {@code P^s_{0−4}(t) / W_{15−49}(t)}. A cohort that was empty in the earlier census gets ratio 0.
 */
public final class CohortChangeRatios {

    private final SexAgeCells ratios;

    private CohortChangeRatios(SexAgeCells ratios) {
        if (!ratios.allNonNegative()) {
            throw new IllegalArgumentException("cohort-change ratios are non-negative");
        }
        this.ratios = ratios;
    }

    public static CohortChangeRatios of(FiveYearAgeGroups ageGroups, double[] male, double[] female) {
        return new CohortChangeRatios(new SexAgeCells(ageGroups, male, female, "cohort-change ratios"));
    }

    public static CohortChangeRatios between(PopulationBySexAge earlier, PopulationBySexAge later) {
        FiveYearAgeGroups g = earlier.ageGroups();
        if (!g.equals(later.ageGroups())) {
            throw new IllegalArgumentException("both censuses use the same age groups");
        }
        double[][] r = new double[2][g.count()];
        double women = later.womenAged15To49();
        for (int s = 0; s < 2; s++) {
            Sex sex = Cohorts.SEXES[s];
            r[s][0] = women == 0 ? 0 : later.persons(sex, 0) / women;
            for (int j = 1; j < g.count(); j++) {
                double origin = Cohorts.originPersons(earlier, sex, j);
                r[s][j] = origin == 0 ? 0 : later.persons(sex, j) / origin;
            }
        }
        return of(g, r[0], r[1]);
    }

    public FiveYearAgeGroups ageGroups() {
        return ratios.ageGroups();
    }

    public double cohortChangeRatio(Sex sex, int intoGroup) {
        return ratios.get(sex, intoGroup);
    }

    /** Children 0–4 of {@code sex} per woman aged 15–49. */
    public double childWomanRatio(Sex sex) {
        return ratios.get(sex, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CohortChangeRatios c && ratios.equals(c.ratios);
    }

    @Override
    public int hashCode() {
        return ratios.hashCode();
    }

    @Override
    public String toString() {
        return "CohortChangeRatios[" + ratios + "]";
    }
}
