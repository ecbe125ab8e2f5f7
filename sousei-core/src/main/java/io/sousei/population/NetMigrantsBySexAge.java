package io.sousei.population;

import io.sousei.observation.Sex;

/**
 * Net migrants (in minus out, persons, either sign) by sex and five-year age group over one projection step.
 * As an assumption (formulation b, PHG/popReconstruct), {@code N_x} is the net number of migrants of age group x
 * over the five years: half join the start population of group x, half the end population of group x.
 * In a step trace, group j holds the migrants' net contribution to the end population of group j.
 */
public final class NetMigrantsBySexAge {

    private final SexAgeCells persons;

    private NetMigrantsBySexAge(SexAgeCells persons) {
        this.persons = persons;
    }

    public static NetMigrantsBySexAge of(FiveYearAgeGroups ageGroups, double[] malePersons, double[] femalePersons) {
        return new NetMigrantsBySexAge(new SexAgeCells(ageGroups, malePersons, femalePersons, "net migrants"));
    }

    public static NetMigrantsBySexAge zero(FiveYearAgeGroups ageGroups) {
        return of(ageGroups, new double[ageGroups.count()], new double[ageGroups.count()]);
    }

    public FiveYearAgeGroups ageGroups() {
        return persons.ageGroups();
    }

    /** Net migrants of one sex (M, F) or both (T) in one age group. */
    public double persons(Sex sex, int group) {
        return sex == Sex.T ? persons.get(Sex.M, group) + persons.get(Sex.F, group) : persons.get(sex, group);
    }

    public double[] personsByAge(Sex sex) {
        return persons.copy(sex);
    }

    public double totalPersons() {
        return persons.sum(Sex.M) + persons.sum(Sex.F);
    }

    /** The same migrants times {@code multiplier} (0 closes the population). */
    public NetMigrantsBySexAge scaled(double multiplier) {
        return new NetMigrantsBySexAge(persons.map(v -> v * multiplier, "net migrants"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetMigrantsBySexAge n && persons.equals(n.persons);
    }

    @Override
    public int hashCode() {
        return persons.hashCode();
    }

    @Override
    public String toString() {
        return "NetMigrantsBySexAge[" + persons + "]";
    }
}
