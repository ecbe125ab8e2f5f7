package io.sousei.population.internal;

import io.sousei.observation.Sex;

/**
 * Default average years lived in an age group by those who die in it ({@code nax}): the Coale–Demeny
 * rules for ages 0 and 1–4 as tabulated in Preston, Heuveline &amp; Guillot (2001) Table 3.3, and half the
 * width elsewhere.
 */
public final class AverageYearsLived {

    private AverageYearsLived() {}

    public static double byDefault(
            int ageStartYears, int widthYears, double centralDeathRate, double infantDeathRate, Sex sex) {
        if (ageStartYears == 0 && widthYears == 1) {
            return infant(infantDeathRate, sex);
        }
        if (ageStartYears == 1 && widthYears == 4) {
            return childhood(infantDeathRate, sex);
        }
        return widthYears / 2.0;
    }

    private static double infant(double m0, Sex sex) {
        return switch (sex) {
            case M -> m0 >= 0.107 ? 0.330 : 0.045 + 2.684 * m0;
            case F -> m0 >= 0.107 ? 0.350 : 0.053 + 2.800 * m0;
            case T -> (infant(m0, Sex.M) + infant(m0, Sex.F)) / 2;
        };
    }

    private static double childhood(double m0, Sex sex) {
        return switch (sex) {
            case M -> m0 >= 0.107 ? 1.352 : 1.651 - 2.816 * m0;
            case F -> m0 >= 0.107 ? 1.361 : 1.522 - 1.518 * m0;
            case T -> (childhood(m0, Sex.M) + childhood(m0, Sex.F)) / 2;
        };
    }
}
