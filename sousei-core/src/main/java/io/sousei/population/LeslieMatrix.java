package io.sousei.population;

import io.sousei.observation.Sex;
import io.sousei.population.internal.PowerIteration;

/**
 * The female-dominant Leslie matrix of a five-year step (PHG ch. 6; Rodríguez eco572): {@code P^f(t+5) = M·P^f(t)}.
 * Sub-diagonal {@code M[j][j−1] = S_j}; the open group keeps its survivors ({@code M[A][A−5] = M[A][A] = T_A/T_{A−5}});
 * first row {@code M[0][x] = (5L0/(5·l0)) · (5/2) · (F_x + F_{x+5}·S_{x+5}) / (1+SRB)}, which equals the
 * births-over-the-step rule of the cohort-component projection exactly.
 */
public final class LeslieMatrix {

    private final FiveYearAgeGroups ageGroups;
    private final double[][] entries;

    private LeslieMatrix(FiveYearAgeGroups ageGroups, double[][] entries) {
        this.ageGroups = ageGroups;
        this.entries = entries;
    }

    public static LeslieMatrix femaleDominant(SurvivalRatios survival, FertilitySchedule fertility) {
        FiveYearAgeGroups g = survival.ageGroups();
        int n = g.count();
        double[][] m = new double[n][n];
        for (int j = 1; j < n; j++) {
            m[j][j - 1] = survival.survivalRatio(Sex.F, j);
        }
        m[n - 1][n - 1] = survival.survivalRatio(Sex.F, n - 1);
        double newborn = survival.birthSurvivalRatio(Sex.F)
                * FiveYearAgeGroups.WIDTH_YEARS
                / 2
                * fertility.femaleShareOfBirths();
        for (int x = 0; x < n; x++) {
            int next = Math.min(x + 1, n - 1);
            double fertilityNow = fertility.asfr(g.lowerBoundYears(x));
            double fertilityNext = fertility.asfr(g.lowerBoundYears(next)) * survival.survivalRatio(Sex.F, next);
            m[0][x] = newborn * (fertilityNow + fertilityNext);
        }
        return new LeslieMatrix(g, m);
    }

    public FiveYearAgeGroups ageGroups() {
        return ageGroups;
    }

    public int size() {
        return entries.length;
    }

    public double entry(int row, int column) {
        return entries[row][column];
    }

    /** The women after one step (men are not projected by a female-dominant matrix and come out as zero). */
    public PopulationBySexAge projectFemales(PopulationBySexAge population) {
        return PopulationBySexAge.femalesOnly(
                ageGroups, PowerIteration.multiply(entries, population.personsByAge(Sex.F)));
    }

    /** λ, the growth factor of the stable population per five-year step. */
    public double dominantEigenvalue() {
        return PowerIteration.dominantEigenvalue(entries);
    }

    /** {@code r = ln(λ)/5}, per year. */
    public double intrinsicGrowthRatePerYear() {
        return Math.log(dominantEigenvalue()) / FiveYearAgeGroups.WIDTH_YEARS;
    }

    /**
     * The matrix's own net reproduction rate: daughters at the end of the first step per newborn girl over her
     * life, {@code Σ_x M[0][x]·ℓ_x} with {@code ℓ_x} the product of the sub-diagonal (a geometric tail in the open
     * group). {@code λ > 1 ⇔ this > 1} and {@code λ = 1 ⇔ this = 1}. It differs from the life-table NRR by the
     * discretisation of the step.
     */
    public double netReproductionRate() {
        int n = entries.length;
        double survivorship = 1;
        double r0 = 0;
        for (int x = 0; x < n - 1; x++) {
            r0 += entries[0][x] * survivorship;
            survivorship *= entries[x + 1][x];
        }
        double stay = entries[n - 1][n - 1];
        if (entries[0][n - 1] > 0) {
            if (stay >= 1) {
                throw new ArithmeticException("the open group never dies out and keeps reproducing");
            }
            r0 += entries[0][n - 1] * survivorship / (1 - stay);
        }
        return r0;
    }
}
