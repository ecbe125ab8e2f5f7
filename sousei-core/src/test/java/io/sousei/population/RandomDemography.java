package io.sousei.population;

import java.util.Random;

/** Plausible random inputs for invariant tests: each seed gives one reproducible population and its assumptions. */
final class RandomDemography {

    private final Random random;
    final FiveYearAgeGroups groups;

    RandomDemography(long seed) {
        this.random = new Random(seed);
        this.groups = random.nextBoolean() ? FiveYearAgeGroups.OPEN_85 : FiveYearAgeGroups.OPEN_90;
    }

    PopulationBySexAge population() {
        return population(100, 20_000);
    }

    PopulationBySexAge population(double min, double max) {
        double[] m = new double[groups.count()];
        double[] f = new double[groups.count()];
        for (int i = 0; i < m.length; i++) {
            m[i] = min + random.nextDouble() * (max - min);
            f[i] = min + random.nextDouble() * (max - min);
        }
        return PopulationBySexAge.of(groups, m, f);
    }

    /** Gompertz-like five-year death rates with random level and slope, as a life table per sex. */
    LifeTable lifeTable() {
        double level = 0.0002 + random.nextDouble() * 0.002;
        double slope = 0.07 + random.nextDouble() * 0.04;
        double[] m = new double[groups.count()];
        m[0] = 0.001 + random.nextDouble() * 0.01;
        for (int i = 1; i < m.length; i++) {
            m[i] = Math.min(0.35, level * Math.exp(slope * (5 * i - 20)));
        }
        return LifeTable.fromFiveYearCentralDeathRates(groups, m, io.sousei.observation.Sex.T);
    }

    SurvivalRatios survival() {
        return SurvivalRatios.fromLifeTables(groups, lifeTable(), lifeTable());
    }

    FertilitySchedule fertility() {
        double[] asfr = new double[7];
        for (int i = 0; i < asfr.length; i++) {
            asfr[i] = random.nextDouble() * 0.15;
        }
        return FertilitySchedule.of(15, asfr, 1.02 + random.nextDouble() * 0.08);
    }

    NetMigrationRates netMigrationRates(MigrationRateConvention convention) {
        return NetMigrationRates.of(groups, convention, rates(0.15), rates(0.15));
    }

    NetMigrantsBySexAge netMigrants(double maxAbsPersons) {
        double[] m = new double[groups.count()];
        double[] f = new double[groups.count()];
        for (int i = 0; i < m.length; i++) {
            m[i] = (2 * random.nextDouble() - 1) * maxAbsPersons;
            f[i] = (2 * random.nextDouble() - 1) * maxAbsPersons;
        }
        return NetMigrantsBySexAge.of(groups, m, f);
    }

    double[] rates(double maxAbs) {
        double[] r = new double[groups.count()];
        for (int i = 0; i < r.length; i++) {
            r[i] = (2 * random.nextDouble() - 1) * maxAbs;
        }
        return r;
    }

    double[] uniform(double min, double max) {
        double[] r = new double[groups.count()];
        for (int i = 0; i < r.length; i++) {
            r[i] = min + random.nextDouble() * (max - min);
        }
        return r;
    }

    double nextDouble(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    MigrationAssumption migration() {
        return switch (random.nextInt(4)) {
            case 0 -> MigrationAssumption.none();
            case 1 -> MigrationAssumption.rates(netMigrationRates(MigrationRateConvention.ADDITIVE));
            case 2 -> MigrationAssumption.rates(netMigrationRates(MigrationRateConvention.MULTIPLICATIVE));
            default -> MigrationAssumption.counts(netMigrants(3_000));
        };
    }

    ProjectionSpec projection(int steps) {
        java.util.List<StepAssumptions> list = new java.util.ArrayList<>();
        for (int i = 0; i < steps; i++) {
            list.add(new StepAssumptions(survival(), fertility(), migration()));
        }
        return new ProjectionSpec(population(), 2020, list);
    }
}
