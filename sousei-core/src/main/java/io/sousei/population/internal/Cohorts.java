package io.sousei.population.internal;

import io.sousei.observation.Sex;
import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.PopulationBySexAge;

/** Index arithmetic of cohorts moving one five-year group per step, with the open group closing the axis. */
public final class Cohorts {

    /** Sexes in array order: index 0 male, 1 female. */
    public static final Sex[] SEXES = {Sex.M, Sex.F};

    private Cohorts() {}

    /**
     * The persons at the start of a step that end it in {@code intoGroup}: the group below for a closed group, the
     * last closed group plus the open group for the open group. Group 0 is entered by births, not by a cohort.
     */
    public static double originPersons(PopulationBySexAge start, Sex sex, int intoGroup) {
        return origin(start.personsByAge(sex), start.ageGroups(), intoGroup);
    }

    public static double origin(double[] byAge, FiveYearAgeGroups groups, int intoGroup) {
        if (intoGroup < 1) {
            throw new IllegalArgumentException("group 0 is entered by births, not by a cohort");
        }
        double origin = byAge[intoGroup - 1];
        return groups.isOpen(intoGroup) ? origin + byAge[intoGroup] : origin;
    }

    /** Births over a step: {@code 5·Σ F_x·(W_x(t) + W_x(t+5))/2}, women by group at the start and at the end. */
    public static double birthsPersons(
            io.sousei.population.FertilitySchedule fertility,
            FiveYearAgeGroups groups,
            double[] womenStart,
            double[] womenEnd) {
        double births = 0;
        for (int x = 0; x < groups.count(); x++) {
            double f = fertility.asfr(groups.lowerBoundYears(x));
            if (f > 0) {
                births += f * (womenStart[x] + womenEnd[x]) / 2;
            }
        }
        return FiveYearAgeGroups.WIDTH_YEARS * births;
    }
}
