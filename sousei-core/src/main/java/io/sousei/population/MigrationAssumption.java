package io.sousei.population;

import java.util.Objects;

/** The migration of one projection step, in one of the formulations of METHODS §1.3 (the pool model is multi-regional: {@link PoolMigrationProjection}). */
public sealed interface MigrationAssumption {

    /** 封鎖人口: no migration. */
    static MigrationAssumption none() {
        return Closed.INSTANCE;
    }

    /** Formulation (a): net migration rates on the start population of each cohort. */
    static MigrationAssumption rates(NetMigrationRates rates) {
        return new ByNetMigrationRates(rates);
    }

    /** Formulation (b): net migrant counts, half joining at the start and half at the end of the step. */
    static MigrationAssumption counts(NetMigrantsBySexAge netMigrants) {
        return new ByNetMigrantCounts(netMigrants);
    }

    /** The same formulation with migration times {@code multiplier} (0 gives the closed population). */
    MigrationAssumption scaled(double multiplier);

    enum Closed implements MigrationAssumption {
        INSTANCE;

        @Override
        public MigrationAssumption scaled(double multiplier) {
            return this;
        }
    }

    record ByNetMigrationRates(NetMigrationRates rates) implements MigrationAssumption {
        public ByNetMigrationRates {
            Objects.requireNonNull(rates, "rates");
        }

        @Override
        public MigrationAssumption scaled(double multiplier) {
            return new ByNetMigrationRates(rates.scaled(multiplier));
        }
    }

    record ByNetMigrantCounts(NetMigrantsBySexAge netMigrants) implements MigrationAssumption {
        public ByNetMigrantCounts {
            Objects.requireNonNull(netMigrants, "netMigrants");
        }

        @Override
        public MigrationAssumption scaled(double multiplier) {
            return new ByNetMigrantCounts(netMigrants.scaled(multiplier));
        }
    }
}
