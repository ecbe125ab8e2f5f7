package io.sousei.population;

import io.sousei.observation.Sex;
import io.sousei.population.internal.AverageYearsLived;
import java.util.Arrays;

/**
 * A period life table on any age grouping whose last group is open: single years, abridged (0, 1–4, 5–9, …)
 * or five-year groups. Built from central death rates {@code nMx}: {@code nqx = n·m / (1 + (n − a)·m)},
 * {@code lx+n = lx (1 − nqx)}, {@code nLx = n·lx+n + a·ndx}; the open group has {@code q = 1} and
 * {@code L = l/m}; {@code Tx} sums {@code nLx} from x up; {@code ex = Tx/lx}.
 */
public final class LifeTable {

    /** The conventional radix {@code l0 = 100,000}. */
    public static final double DEFAULT_RADIX = 100_000;

    private final int[] ageStartsYears;
    private final double[] centralDeathRates;
    private final double[] survivors;
    private final double[] personYearsLived;
    private final double[] personYearsAbove;

    private LifeTable(int[] ageStartsYears, double[] centralDeathRates, double[] survivors, double[] personYearsLived) {
        this.ageStartsYears = ageStartsYears;
        this.centralDeathRates = centralDeathRates;
        this.survivors = survivors;
        this.personYearsLived = personYearsLived;
        this.personYearsAbove = new double[personYearsLived.length];
        double t = 0;
        for (int i = personYearsLived.length - 1; i >= 0; i--) {
            t += personYearsLived[i];
            personYearsAbove[i] = t;
        }
    }

    /**
     * @param ageStartsYears strictly increasing lower bounds starting at 0; the last opens the open group
     * @param centralDeathRates {@code nMx} per person-year, one per group; the open group's must be positive
     * @param sex selects the Coale–Demeny separation factors for ages 0 and 1–4 (M, F, or T for their mean)
     */
    public static LifeTable fromCentralDeathRates(int[] ageStartsYears, double[] centralDeathRates, Sex sex) {
        int[] ages = checkedAges(ageStartsYears);
        double[] m = checkedRates(centralDeathRates, ages.length);
        double[] a = new double[ages.length];
        for (int i = 0; i < ages.length - 1; i++) {
            a[i] = AverageYearsLived.byDefault(ages[i], ages[i + 1] - ages[i], m[i], m[0], sex);
        }
        return fromCentralDeathRates(ages, m, a, DEFAULT_RADIX);
    }

    /**
     * @param averageYearsLived {@code nax} for each closed group (the open group's entry is ignored)
     */
    public static LifeTable fromCentralDeathRates(
            int[] ageStartsYears, double[] centralDeathRates, double[] averageYearsLived, double radix) {
        int[] ages = checkedAges(ageStartsYears);
        double[] m = checkedRates(centralDeathRates, ages.length);
        if (averageYearsLived.length != ages.length || !(radix > 0)) {
            throw new IllegalArgumentException("one nax per age group and a positive radix are needed");
        }
        int k = ages.length;
        double[] l = new double[k];
        double[] bigL = new double[k];
        l[0] = radix;
        for (int i = 0; i < k - 1; i++) {
            int n = ages[i + 1] - ages[i];
            double a = averageYearsLived[i];
            if (!(a >= 0 && a <= n)) {
                throw new IllegalArgumentException("nax lies within the group: " + a + " at age " + ages[i]);
            }
            double q = Math.min(1, n * m[i] / (1 + (n - a) * m[i]));
            double d = l[i] * q;
            l[i + 1] = l[i] - d;
            bigL[i] = n * l[i + 1] + a * d;
        }
        bigL[k - 1] = l[k - 1] / m[k - 1];
        return new LifeTable(ages, m, l, bigL);
    }

    /** Single-year ages 0, 1, … with the last rate for the open group (e.g. 0–99 and 100+). */
    public static LifeTable fromSingleYearCentralDeathRates(double[] centralDeathRates, Sex sex) {
        int[] ages = new int[centralDeathRates.length];
        Arrays.setAll(ages, i -> i);
        return fromCentralDeathRates(ages, centralDeathRates, sex);
    }

    /** Five-year groups 0–4 … with {@code nax = 2.5}: prefer single-year or abridged rates where available. */
    public static LifeTable fromFiveYearCentralDeathRates(
            FiveYearAgeGroups groups, double[] centralDeathRates, Sex sex) {
        int[] ages = new int[groups.count()];
        Arrays.setAll(ages, groups::lowerBoundYears);
        return fromCentralDeathRates(ages, centralDeathRates, sex);
    }

    public int[] ageStartsYears() {
        return ageStartsYears.clone();
    }

    public double radix() {
        return survivors[0];
    }

    /** {@code lx} at an age that starts a group of this table. */
    public double survivorsAt(int ageYears) {
        return survivors[indexOf(ageYears)];
    }

    /** {@code Tx}: person-years lived above an age that starts a group of this table. */
    public double personYearsAbove(int ageYears) {
        return personYearsAbove[indexOf(ageYears)];
    }

    /** Person-years lived between two group boundaries ({@code toAgeYears} exclusive): {@code T_from − T_to}. */
    public double personYearsLived(int fromAgeYears, int toAgeYears) {
        return personYearsAbove(fromAgeYears) - personYearsAbove(toAgeYears);
    }

    /** {@code ex = Tx / lx}, years; 0 when nobody survives to x. */
    public double lifeExpectancyAt(int ageYears) {
        double l = survivorsAt(ageYears);
        return l == 0 ? 0 : personYearsAbove(ageYears) / l;
    }

    public double[] centralDeathRates() {
        return centralDeathRates.clone();
    }

    /**
     * Central death rates of this table re-grouped into five-year groups, {@code 5mx = (lx − lx+5) / 5Lx} and
     * {@code l_A / T_A} for the open group: the life-table way to collapse single-year rates, which needs no
     * population weights and keeps lx, nLx and Tx at the group bounds exactly.
     */
    public double[] centralDeathRates(FiveYearAgeGroups groups) {
        double[] m = new double[groups.count()];
        for (int i = 0; i < groups.openGroup(); i++) {
            int x = groups.lowerBoundYears(i);
            m[i] = (survivorsAt(x) - survivorsAt(x + 5)) / personYearsLived(x, x + 5);
        }
        int open = groups.openAgeYears();
        m[groups.openGroup()] = survivorsAt(open) / personYearsAbove(open);
        return m;
    }

    private int indexOf(int ageYears) {
        int i = Arrays.binarySearch(ageStartsYears, ageYears);
        if (i < 0) {
            throw new IllegalArgumentException("age " + ageYears + " is not a group boundary of this life table "
                    + Arrays.toString(ageStartsYears));
        }
        return i;
    }

    private static int[] checkedAges(int[] ages) {
        if (ages.length < 2 || ages[0] != 0) {
            throw new IllegalArgumentException("a life table starts at age 0 and has an open last group");
        }
        for (int i = 1; i < ages.length; i++) {
            if (ages[i] <= ages[i - 1]) {
                throw new IllegalArgumentException("age bounds increase: " + Arrays.toString(ages));
            }
        }
        return ages.clone();
    }

    private static double[] checkedRates(double[] m, int count) {
        if (m.length != count) {
            throw new IllegalArgumentException(count + " central death rates expected, got " + m.length);
        }
        for (double v : m) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(
                        "central death rates are finite and non-negative: " + Arrays.toString(m));
            }
        }
        if (!(m[count - 1] > 0)) {
            throw new IllegalArgumentException("the open age group needs a positive death rate (L = l/m)");
        }
        return m.clone();
    }
}
