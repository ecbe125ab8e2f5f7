package io.sousei.store.population;

import io.sousei.observation.Sex;
import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.LifeTable;
import io.sousei.population.SurvivalRatios;

/** Survival ratios from central death rates through life tables (the engine's {@link LifeTable}). */
final class Mortality {

    private Mortality() {}

    /** From five-year rates {@code [sex][group]} on the projection axis. */
    static SurvivalRatios fromFiveYearRates(FiveYearAgeGroups groups, double[][] rates) {
        int[] ages = new int[groups.count()];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = groups.lowerBoundYears(i);
        }
        return SurvivalRatios.fromLifeTables(
                groups,
                LifeTable.fromCentralDeathRates(ages, positive(rates[0]), Sex.M),
                LifeTable.fromCentralDeathRates(ages, positive(rates[1]), Sex.F));
    }

    /** From single-year rates 0, 1, …, with the last one open, collapsed to the projection axis. */
    static SurvivalRatios fromSingleYearRates(FiveYearAgeGroups groups, double[][] rates) {
        int[] ages = new int[rates[0].length];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = i;
        }
        return SurvivalRatios.fromLifeTables(
                groups,
                LifeTable.fromCentralDeathRates(ages, positive(rates[0]), Sex.M),
                LifeTable.fromCentralDeathRates(ages, positive(rates[1]), Sex.F));
    }

    /** The mean of two sets of ratios: the survival of a period between two life tables. */
    static SurvivalRatios mean(SurvivalRatios a, SurvivalRatios b) {
        double[][] out = new double[2][];
        Sex[] sexes = {Sex.M, Sex.F};
        for (int s = 0; s < 2; s++) {
            double[] x = a.survivalRatios(sexes[s]);
            double[] y = b.survivalRatios(sexes[s]);
            out[s] = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                out[s][j] = (x[j] + y[j]) / 2;
            }
        }
        return SurvivalRatios.of(a.ageGroups(), out[0], out[1]);
    }

    /** A group with no deaths observed keeps a tiny rate so the open group's life table stays defined. */
    private static double[] positive(double[] rates) {
        double[] out = rates.clone();
        for (int i = 0; i < out.length; i++) {
            if (!(out[i] > 0) || !Double.isFinite(out[i])) {
                out[i] = i == out.length - 1 ? 0.3 : 1e-6;
            }
        }
        return out;
    }
}
