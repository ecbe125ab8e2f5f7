package io.sousei.population;

import java.util.Arrays;

/**
 * The net maternity function of a stationary female life table, {@code L_x·m_x} by five-year age of mother, and
 * the stable-population measures derived from it: the net reproduction rate {@code NRR = Σ L_x·m_x} and Lotka's
 * intrinsic growth rate r, the root of {@code Σ exp(−r·(x+2.5))·L_x·m_x = 1}.
 */
public final class NetMaternitySchedule {

    /** Bracket of Lotka's r: growth rates beyond ±50% a year do not occur in human populations. */
    static final double R_LOWER = -0.5;

    static final double R_UPPER = 0.5;

    private final int firstAgeYears;
    private final double[] personYearsLivedPerBirth;
    private final double[] maternityRates;

    private NetMaternitySchedule(int firstAgeYears, double[] personYearsLivedPerBirth, double[] maternityRates) {
        if (personYearsLivedPerBirth.length != maternityRates.length || firstAgeYears < 0 || firstAgeYears % 5 != 0) {
            throw new IllegalArgumentException("one nLx/l0 per maternity rate, from an age that is a multiple of 5");
        }
        for (int i = 0; i < maternityRates.length; i++) {
            if (!(personYearsLivedPerBirth[i] >= 0 && personYearsLivedPerBirth[i] <= 5) || !(maternityRates[i] >= 0)) {
                throw new IllegalArgumentException("nLx/l0 lies in [0,5] and maternity rates are non-negative");
            }
        }
        this.firstAgeYears = firstAgeYears;
        this.personYearsLivedPerBirth = personYearsLivedPerBirth.clone();
        this.maternityRates = maternityRates.clone();
    }

    /**
     * @param personYearsLivedPerBirth {@code 5Lx/l0} (radix 1) for each childbearing group from {@code firstAgeYears}
     * @param maternityRates daughters per woman per year, {@code ASFR/(1+SRB)}
     */
    public static NetMaternitySchedule of(
            int firstAgeYears, double[] personYearsLivedPerBirth, double[] maternityRates) {
        return new NetMaternitySchedule(firstAgeYears, personYearsLivedPerBirth, maternityRates);
    }

    /** From a female life table and a fertility schedule. */
    public static NetMaternitySchedule of(LifeTable female, FertilitySchedule fertility) {
        int groups = (fertility.endAgeYears() - fertility.firstAgeYears()) / 5;
        double[] personYears = new double[groups];
        double[] maternity = new double[groups];
        for (int i = 0; i < groups; i++) {
            int x = fertility.firstAgeYears() + 5 * i;
            personYears[i] = female.personYearsLived(x, x + 5) / female.radix();
            maternity[i] = fertility.maternityRate(x);
        }
        return of(fertility.firstAgeYears(), personYears, maternity);
    }

    public double netReproductionRate() {
        return lotkaSum(0);
    }

    /** Mean age of the net maternity function, years. */
    public double meanAgeOfChildbearingYears() {
        double weighted = 0;
        for (int i = 0; i < maternityRates.length; i++) {
            weighted += midpoint(i) * personYearsLivedPerBirth[i] * maternityRates[i];
        }
        return weighted / netReproductionRate();
    }

    /**
     * Lotka's r by bisection on [−0.5, 0.5] per year, where the Lotka sum is strictly decreasing; stops when the
     * bracket is narrower than 1e-15 or after 200 halvings.
     */
    public double intrinsicGrowthRatePerYear() {
        if (netReproductionRate() == 0) {
            throw new ArithmeticException("without births there is no intrinsic growth rate");
        }
        double lo = R_LOWER;
        double hi = R_UPPER;
        if (lotkaSum(lo) < 1 || lotkaSum(hi) > 1) {
            throw new ArithmeticException("Lotka's r lies outside [" + lo + ", " + hi + "]");
        }
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = (lo + hi) / 2;
            if (lotkaSum(mid) > 1) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private double lotkaSum(double r) {
        double sum = 0;
        for (int i = 0; i < maternityRates.length; i++) {
            sum += Math.exp(-r * midpoint(i)) * personYearsLivedPerBirth[i] * maternityRates[i];
        }
        return sum;
    }

    private double midpoint(int i) {
        return firstAgeYears + 5 * i + 2.5;
    }

    @Override
    public String toString() {
        return "NetMaternitySchedule[from " + firstAgeYears + ", L " + Arrays.toString(personYearsLivedPerBirth)
                + ", m " + Arrays.toString(maternityRates) + "]";
    }
}
