package io.sousei.population;

import io.sousei.observation.Sex;
import java.util.List;
import java.util.Objects;

/**
 * 純移動率 / 淨遷移率 over a five-year step by sex, indexed like {@link SurvivalRatios} by the age group the cohort
 * enters at the end of the step, and read in a {@link MigrationRateConvention}. Rates relative to the start
 * population of the cohort (to births for group 0). Net migration rates may be negative.
 */
public final class NetMigrationRates {

    private final SexAgeCells rates;
    private final MigrationRateConvention convention;

    private NetMigrationRates(SexAgeCells rates, MigrationRateConvention convention) {
        this.rates = rates;
        this.convention = Objects.requireNonNull(convention, "convention");
    }

    public static NetMigrationRates of(
            FiveYearAgeGroups ageGroups, MigrationRateConvention convention, double[] male, double[] female) {
        return new NetMigrationRates(new SexAgeCells(ageGroups, male, female, "net migration rates"), convention);
    }

    public static NetMigrationRates zero(FiveYearAgeGroups ageGroups) {
        return of(
                ageGroups,
                MigrationRateConvention.ADDITIVE,
                new double[ageGroups.count()],
                new double[ageGroups.count()]);
    }

    /**
     * Residual rates from two censuses: the part of the later census that survival does not explain. Group 0 is
     * left at 0 (births are not observed in a census); the IPSS method uses the child–woman ratio there.
     */
    public static NetMigrationRates residual(IntercensalPeriod period, MigrationRateConvention convention) {
        return pooledResidual(List.of(period), convention);
    }

    /**
     * Rates from migrants pooled over several periods: residual counts summed over the periods, divided by the
     * summed denominators (start persons, or survivors in the multiplicative convention). Small municipalities
     * use this instead of one noisy period (IPSS 2013: 1985–2010).
     */
    public static NetMigrationRates pooledResidual(
            List<IntercensalPeriod> periods, MigrationRateConvention convention) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("pooling needs at least one intercensal period");
        }
        FiveYearAgeGroups g = periods.get(0).earlier().ageGroups();
        double[][] out = new double[2][g.count()];
        Sex[] sexes = {Sex.M, Sex.F};
        for (int s = 0; s < 2; s++) {
            for (int j = 1; j < g.count(); j++) {
                double migrants = 0;
                double base = 0;
                for (IntercensalPeriod p : periods) {
                    double origin = p.originPersons(sexes[s], j);
                    double survivors = origin * p.survival().survivalRatio(sexes[s], j);
                    migrants += p.later().persons(sexes[s], j) - survivors;
                    base += convention == MigrationRateConvention.ADDITIVE ? origin : survivors;
                }
                out[s][j] = base == 0 ? 0 : migrants / base;
            }
        }
        return of(g, convention, out[0], out[1]);
    }

    public FiveYearAgeGroups ageGroups() {
        return rates.ageGroups();
    }

    public MigrationRateConvention convention() {
        return convention;
    }

    public double netMigrationRate(Sex sex, int intoGroup) {
        return rates.get(sex, intoGroup);
    }

    public double[] netMigrationRates(Sex sex) {
        return rates.copy(sex);
    }

    /** The rates times {@code multiplier}: 0 closes the population, 0.5 halves migration. */
    public NetMigrationRates scaled(double multiplier) {
        return new NetMigrationRates(rates.map(v -> v * multiplier, "net migration rates"), convention);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetMigrationRates r && convention == r.convention && rates.equals(r.rates);
    }

    @Override
    public int hashCode() {
        return rates.hashCode() * 31 + convention.hashCode();
    }

    @Override
    public String toString() {
        return "NetMigrationRates[" + convention + " " + rates + "]";
    }
}
