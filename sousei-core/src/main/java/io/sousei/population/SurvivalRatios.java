package io.sousei.population;

import io.sousei.observation.Sex;
import java.util.Arrays;

/**
 * 生残率 / 存活率: the share of a cohort alive five years later, by sex, indexed by the age group the cohort
 * enters at the end of the step. Group 0 holds the survival of births to 0–4 at the end of the step,
 * {@code 5L0 / (5·l0)}; group j (closed) holds {@code 5L_{5j} / 5L_{5j−5}}; the open group holds
 * {@code T_A / T_{A−5}}, applied to the last closed group plus the open group (never {@code nL_A/nL_{A−5}}).
 */
public final class SurvivalRatios {

    private final SexAgeCells ratios;

    private SurvivalRatios(SexAgeCells ratios) {
        for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
            for (int j = 0; j < ratios.ageGroups().count(); j++) {
                double s = ratios.get(sex, j);
                if (s < 0 || s > 1) {
                    throw new IllegalArgumentException("a survival ratio lies in [0,1]: " + s + " into "
                            + ratios.ageGroups().label(j) + " (" + sex + ")");
                }
            }
        }
        this.ratios = ratios;
    }

    public static SurvivalRatios of(FiveYearAgeGroups ageGroups, double[] male, double[] female) {
        return new SurvivalRatios(new SexAgeCells(ageGroups, male, female, "survival ratios"));
    }

    /** Everyone survives (ratio 1 everywhere): a device for invariants and for ageing-only projections. */
    public static SurvivalRatios none(FiveYearAgeGroups ageGroups) {
        double[] one = new double[ageGroups.count()];
        Arrays.fill(one, 1);
        return of(ageGroups, one, one);
    }

    /** From male and female life tables whose group bounds include every multiple of 5 up to the open age. */
    public static SurvivalRatios fromLifeTables(FiveYearAgeGroups ageGroups, LifeTable male, LifeTable female) {
        return of(ageGroups, fromLifeTable(ageGroups, male), fromLifeTable(ageGroups, female));
    }

    /**
     * From published {@code 5Lx} columns, as in Preston, Heuveline &amp; Guillot Box 6.1.
     *
     * @param radix {@code l0} of the columns
     * @param malePersonYears {@code 5Lx} for 0–4 … (A−5)–(A−1), then {@code T_A} for the open group
     */
    public static SurvivalRatios fromPersonYearsLived(
            FiveYearAgeGroups ageGroups, double radix, double[] malePersonYears, double[] femalePersonYears) {
        return of(ageGroups, ratios(ageGroups, radix, malePersonYears), ratios(ageGroups, radix, femalePersonYears));
    }

    public FiveYearAgeGroups ageGroups() {
        return ratios.ageGroups();
    }

    /** The ratio for the cohort entering {@code intoGroup} at the end of a step (group 0: births). */
    public double survivalRatio(Sex sex, int intoGroup) {
        return ratios.get(sex, intoGroup);
    }

    /** {@code 5L0 / (5·l0)}: the share of births in a step that are alive and aged 0–4 at its end. */
    public double birthSurvivalRatio(Sex sex) {
        return ratios.get(sex, 0);
    }

    public double[] survivalRatios(Sex sex) {
        return ratios.copy(sex);
    }

    private static double[] fromLifeTable(FiveYearAgeGroups groups, LifeTable table) {
        double[] personYears = new double[groups.count()];
        for (int i = 0; i < groups.openGroup(); i++) {
            int x = groups.lowerBoundYears(i);
            personYears[i] = table.personYearsLived(x, x + 5);
        }
        personYears[groups.openGroup()] = table.personYearsAbove(groups.openAgeYears());
        return ratios(groups, table.radix(), personYears);
    }

    private static double[] ratios(FiveYearAgeGroups groups, double radix, double[] personYears) {
        if (personYears.length != groups.count()) {
            throw new IllegalArgumentException(groups.count() + " person-year values expected (5Lx then T_open)");
        }
        int open = groups.openGroup();
        double[] s = new double[groups.count()];
        s[0] = personYears[0] / (5 * radix);
        for (int j = 1; j < open; j++) {
            s[j] = ratio(personYears[j], personYears[j - 1]);
        }
        s[open] = ratio(personYears[open], personYears[open - 1] + personYears[open]);
        return s;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurvivalRatios s && ratios.equals(s.ratios);
    }

    @Override
    public int hashCode() {
        return ratios.hashCode();
    }

    @Override
    public String toString() {
        return "SurvivalRatios[" + ratios + "]";
    }
}
