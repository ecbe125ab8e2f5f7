package io.sousei.population;

import io.sousei.observation.Sex;
import io.sousei.population.internal.Cohorts;
import java.util.Objects;

/**
 * Two censuses five years apart and the survival ratios of the period between them: the input of residual
 * net migration rates, cohort-change ratios and child–woman ratios.
 */
public record IntercensalPeriod(PopulationBySexAge earlier, PopulationBySexAge later, SurvivalRatios survival) {

    public IntercensalPeriod {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(survival, "survival");
        if (!earlier.ageGroups().equals(later.ageGroups())
                || !earlier.ageGroups().equals(survival.ageGroups())) {
            throw new IllegalArgumentException("both censuses and the survival ratios use the same age groups");
        }
    }

    /** The start-of-period persons of the cohort that enters {@code intoGroup} (the last two groups for the open one). */
    double originPersons(Sex sex, int intoGroup) {
        return Cohorts.originPersons(earlier, sex, intoGroup);
    }
}
