package io.sousei.population;

import io.sousei.observation.Sex;

/**
 * One region's side of the pool migration model (METHODS §1.3 c; IPSS 2023 municipal projection, 小池 2016), by sex
 * and the age group entered at the end of a step: the out-migration rate {@code o} (out-migrants per survivor of the
 * cohort at the end of the step, per surviving birth for group 0) and the region's share {@code α} of the pooled
 * out-migrants it receives. Over all regions the shares of a cell sum to 1, so net migration sums to zero.
 */
public final class PoolMigrationRates {

    private final SexAgeCells outMigrationRates;
    private final SexAgeCells inMigrationShares;

    private PoolMigrationRates(SexAgeCells outMigrationRates, SexAgeCells inMigrationShares) {
        check(outMigrationRates, "out-migration rates");
        check(inMigrationShares, "in-migration shares");
        if (!outMigrationRates.ageGroups().equals(inMigrationShares.ageGroups())) {
            throw new IllegalArgumentException("out-migration rates and in-migration shares use the same age groups");
        }
        this.outMigrationRates = outMigrationRates;
        this.inMigrationShares = inMigrationShares;
    }

    public static PoolMigrationRates of(
            FiveYearAgeGroups ageGroups,
            double[] maleOutMigrationRates,
            double[] femaleOutMigrationRates,
            double[] maleInMigrationShares,
            double[] femaleInMigrationShares) {
        return new PoolMigrationRates(
                new SexAgeCells(ageGroups, maleOutMigrationRates, femaleOutMigrationRates, "out-migration rates"),
                new SexAgeCells(ageGroups, maleInMigrationShares, femaleInMigrationShares, "in-migration shares"));
    }

    public FiveYearAgeGroups ageGroups() {
        return outMigrationRates.ageGroups();
    }

    public double outMigrationRate(Sex sex, int intoGroup) {
        return outMigrationRates.get(sex, intoGroup);
    }

    public double inMigrationShare(Sex sex, int intoGroup) {
        return inMigrationShares.get(sex, intoGroup);
    }

    private static void check(SexAgeCells cells, String what) {
        for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
            for (int j = 0; j < cells.ageGroups().count(); j++) {
                double v = cells.get(sex, j);
                if (v < 0 || v > 1) {
                    throw new IllegalArgumentException(what + " lie in [0,1]: " + v + " at "
                            + cells.ageGroups().label(j));
                }
            }
        }
    }
}
