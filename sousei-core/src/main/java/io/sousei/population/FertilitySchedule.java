package io.sousei.population;

import java.util.Arrays;

/**
 * Age-specific fertility rates (ASFR: births of both sexes per woman per year) for consecutive five-year age
 * groups of mothers, usually 15–19 … 45–49, and the sex ratio at birth. {@code TFR = 5·Σ ASFR}.
 */
public final class FertilitySchedule {

    /** 1.05 males per female, the conventional sex ratio at birth (PHG Box 6.1). */
    public static final double DEFAULT_SEX_RATIO_AT_BIRTH = 1.05;

    /** The first childbearing age group of the usual 15–49 schedule. */
    public static final int DEFAULT_FIRST_AGE_YEARS = 15;

    private final int firstAgeYears;
    private final double[] asfrPerWomanPerYear;
    private final double sexRatioAtBirthMalesPerFemale;

    private FertilitySchedule(int firstAgeYears, double[] asfr, double sexRatioAtBirth) {
        if (firstAgeYears < 5 || firstAgeYears % 5 != 0) {
            throw new IllegalArgumentException(
                    "childbearing ages start at a multiple of 5 from 5 on: " + firstAgeYears);
        }
        for (double f : asfr) {
            if (!(f >= 0) || !Double.isFinite(f)) {
                throw new IllegalArgumentException(
                        "fertility rates are finite and non-negative: " + Arrays.toString(asfr));
            }
        }
        if (!(sexRatioAtBirth > 0) || !Double.isFinite(sexRatioAtBirth)) {
            throw new IllegalArgumentException(
                    "the sex ratio at birth is positive (males per female), not " + sexRatioAtBirth);
        }
        this.firstAgeYears = firstAgeYears;
        this.asfrPerWomanPerYear = asfr.clone();
        this.sexRatioAtBirthMalesPerFemale = sexRatioAtBirth;
    }

    public static FertilitySchedule of(
            int firstAgeYears, double[] asfrPerWomanPerYear, double sexRatioAtBirthMalesPerFemale) {
        return new FertilitySchedule(firstAgeYears, asfrPerWomanPerYear, sexRatioAtBirthMalesPerFemale);
    }

    /** ASFR for 15–19 … with the default sex ratio at birth 1.05. */
    public static FertilitySchedule fromAge15(double... asfrPerWomanPerYear) {
        return of(DEFAULT_FIRST_AGE_YEARS, asfrPerWomanPerYear, DEFAULT_SEX_RATIO_AT_BIRTH);
    }

    /** No births at all. */
    public static FertilitySchedule none() {
        return fromAge15(new double[7]);
    }

    public int firstAgeYears() {
        return firstAgeYears;
    }

    /** First age after the last childbearing group (50 for 15–49). */
    public int endAgeYears() {
        return firstAgeYears + 5 * asfrPerWomanPerYear.length;
    }

    /** ASFR of the five-year group starting at {@code ageYears}; 0 outside the schedule. */
    public double asfr(int ageYears) {
        int i = (ageYears - firstAgeYears) / 5;
        return ageYears < firstAgeYears || ageYears % 5 != 0 || i >= asfrPerWomanPerYear.length
                ? 0
                : asfrPerWomanPerYear[i];
    }

    public double[] asfrPerWomanPerYear() {
        return asfrPerWomanPerYear.clone();
    }

    public double sexRatioAtBirthMalesPerFemale() {
        return sexRatioAtBirthMalesPerFemale;
    }

    /** The share of births that are girls, {@code 1/(1+SRB)}. */
    public double femaleShareOfBirths() {
        return 1 / (1 + sexRatioAtBirthMalesPerFemale);
    }

    /** Maternity rate (daughters per woman per year) of the group starting at {@code ageYears}: ASFR/(1+SRB). */
    public double maternityRate(int ageYears) {
        return asfr(ageYears) * femaleShareOfBirths();
    }

    public double totalFertilityRate() {
        double sum = 0;
        for (double f : asfrPerWomanPerYear) {
            sum += f;
        }
        return 5 * sum;
    }

    /** The same age shape scaled to a total fertility rate; a schedule of zeros cannot be scaled up. */
    public FertilitySchedule scaledToTotalFertilityRate(double tfr) {
        double current = totalFertilityRate();
        if (!(tfr >= 0)) {
            throw new IllegalArgumentException("a total fertility rate is not negative: " + tfr);
        }
        if (current == 0) {
            if (tfr == 0) {
                return this;
            }
            throw new IllegalArgumentException("a schedule without births has no age shape to scale to TFR " + tfr);
        }
        double k = tfr / current;
        return of(
                firstAgeYears,
                Arrays.stream(asfrPerWomanPerYear).map(f -> f * k).toArray(),
                sexRatioAtBirthMalesPerFemale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FertilitySchedule f
                && firstAgeYears == f.firstAgeYears
                && Arrays.equals(asfrPerWomanPerYear, f.asfrPerWomanPerYear)
                && sexRatioAtBirthMalesPerFemale == f.sexRatioAtBirthMalesPerFemale;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(asfrPerWomanPerYear) * 31
                + Double.hashCode(sexRatioAtBirthMalesPerFemale)
                + firstAgeYears;
    }

    @Override
    public String toString() {
        return "FertilitySchedule[from " + firstAgeYears + ", TFR " + totalFertilityRate() + ", SRB "
                + sexRatioAtBirthMalesPerFemale + "]";
    }
}
