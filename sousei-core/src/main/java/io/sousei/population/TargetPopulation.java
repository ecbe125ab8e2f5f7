package io.sousei.population;

/** A total population to reach in a year ("2060年に人口1万人を維持"). */
public record TargetPopulation(int year, double totalPersons) {

    public TargetPopulation {
        if (!(totalPersons >= 0) || !Double.isFinite(totalPersons)) {
            throw new IllegalArgumentException("a target population is finite and non-negative: " + totalPersons);
        }
    }
}
