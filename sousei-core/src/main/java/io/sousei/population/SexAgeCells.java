package io.sousei.population;

import io.sousei.observation.Sex;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/** The immutable storage shared by the by-sex-and-age value types: one finite double per sex × age group. */
final class SexAgeCells {

    private final FiveYearAgeGroups ageGroups;
    private final double[] male;
    private final double[] female;

    SexAgeCells(FiveYearAgeGroups ageGroups, double[] male, double[] female, String what) {
        this.ageGroups = Objects.requireNonNull(ageGroups, "ageGroups");
        this.male = checkedCopy(male, ageGroups, what + " (male)");
        this.female = checkedCopy(female, ageGroups, what + " (female)");
    }

    static int sexIndex(Sex sex) {
        return switch (Objects.requireNonNull(sex, "sex")) {
            case M -> 0;
            case F -> 1;
            case T -> throw new IllegalArgumentException("this value is kept by sex: ask for M or F, not T");
        };
    }

    FiveYearAgeGroups ageGroups() {
        return ageGroups;
    }

    double get(Sex sex, int group) {
        return sexIndex(sex) == 0 ? male[group] : female[group];
    }

    double[] copy(Sex sex) {
        return (sexIndex(sex) == 0 ? male : female).clone();
    }

    double sum(Sex sex) {
        double s = 0;
        for (double v : sexIndex(sex) == 0 ? male : female) {
            s += v;
        }
        return s;
    }

    SexAgeCells map(DoubleUnaryOperator f, String what) {
        return new SexAgeCells(
                ageGroups,
                Arrays.stream(male).map(f).toArray(),
                Arrays.stream(female).map(f).toArray(),
                what);
    }

    /** A plain loop: this check runs for every population a projection step builds (streams cost ~40% there). */
    boolean allNonNegative() {
        for (int i = 0; i < male.length; i++) {
            if (!(male[i] >= 0) || !(female[i] >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static double[] checkedCopy(double[] values, FiveYearAgeGroups groups, String what) {
        Objects.requireNonNull(values, what);
        if (values.length != groups.count()) {
            throw new IllegalArgumentException(what + " has " + values.length + " age groups; " + groups.count()
                    + " expected for 0–4 … " + groups.label(groups.openGroup()));
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + " is not finite at " + groups.label(i));
            }
        }
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SexAgeCells c
                && ageGroups.equals(c.ageGroups)
                && Arrays.equals(male, c.male)
                && Arrays.equals(female, c.female);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ageGroups, Arrays.hashCode(male), Arrays.hashCode(female));
    }

    @Override
    public String toString() {
        return "M" + Arrays.toString(male) + " F" + Arrays.toString(female);
    }
}
