package io.sousei.population;

/**
 * A total fertility rate that moves linearly from its base value at the base year to {@code targetTfr} at
 * {@code targetYear} and stays there (RESAS シミュレーション1: e.g. 2.07 by 2040). The age shape of the fertility
 * schedule is kept; ASFR are scaled. A step takes the path's value at its {@link StepTiming} point.
 */
public record TfrPath(double targetTfr, int targetYear, StepTiming timing) {

    /** Which point of a five-year step sets its TFR. */
    public enum StepTiming {
        /** {@code t + 2.5}: the path's mean over the step, as the step's births are spread over it. The default. */
        MIDPOINT,
        /** {@code t}: the value at the start of the step. */
        START,
        /** {@code t + 5}: the value at the end of the step, so the target year's step already has the target. */
        END
    }

    public TfrPath {
        if (!(targetTfr >= 0) || targetTfr > 10) {
            throw new IllegalArgumentException("a target TFR lies in [0, 10], not " + targetTfr);
        }
        java.util.Objects.requireNonNull(timing, "timing");
    }

    /** Linear to the target, each step taking the path's value at its midpoint. */
    public static TfrPath linearTo(double targetTfr, int targetYear) {
        return new TfrPath(targetTfr, targetYear, StepTiming.MIDPOINT);
    }

    /** The path's TFR at a (fractional) year, starting from {@code baseTfr} at {@code baseYear}. */
    public double tfrAt(double year, double baseTfr, int baseYear) {
        if (year >= targetYear || targetYear <= baseYear) {
            return targetTfr;
        }
        if (year <= baseYear) {
            return baseTfr;
        }
        return baseTfr + (targetTfr - baseTfr) * (year - baseYear) / (targetYear - baseYear);
    }

    /** The TFR of the step starting at {@code stepStartYear}. */
    public double tfrOfStep(int stepStartYear, double baseTfr, int baseYear) {
        double at =
                switch (timing) {
                    case MIDPOINT -> stepStartYear + FiveYearAgeGroups.WIDTH_YEARS / 2.0;
                    case START -> stepStartYear;
                    case END -> stepStartYear + FiveYearAgeGroups.WIDTH_YEARS;
                };
        return tfrAt(at, baseTfr, baseYear);
    }
}
