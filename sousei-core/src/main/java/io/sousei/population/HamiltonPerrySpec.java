package io.sousei.population;

import java.util.Objects;

/**
 * A Hamilton–Perry projection (METHODS §1.6): two censuses five years apart, the later one taken at
 * {@code laterYear}, and the number of five-year steps to project from it with constant cohort-change ratios.
 */
public record HamiltonPerrySpec(PopulationBySexAge earlier, PopulationBySexAge later, int laterYear, int steps) {

    public HamiltonPerrySpec {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        if (!earlier.ageGroups().equals(later.ageGroups())) {
            throw new IllegalArgumentException("both censuses use the same age groups");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("a projection has at least one step, not " + steps);
        }
    }
}
