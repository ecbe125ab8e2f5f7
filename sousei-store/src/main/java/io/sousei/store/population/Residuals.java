package io.sousei.store.population;

import io.sousei.population.FertilitySchedule;
import io.sousei.population.IntercensalPeriod;
import io.sousei.population.MigrationRateConvention;
import io.sousei.population.NetMigrationRates;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.regional.MigrationEstimate;
import io.sousei.population.regional.RegionInputs;
import io.sousei.population.regional.SurvivalSchedule;
import io.sousei.region.RegionId;
import java.util.List;

/** Residual net migration rates, child–woman ratio and 0–4 sex ratio from two or three counts five years apart. */
final class Residuals {

    /** Regions with fewer persons at the base pool the migrants of the last two periods (METHODS §1.9.5). */
    static final double POOLING_THRESHOLD_PERSONS = 5_000;

    /** The 0–4 sex ratio used where a region has no girls aged 0–4 (boys per 100 girls). */
    static final double DEFAULT_SEX_RATIO_0_4 = 105;

    private Residuals() {}

    static RegionInputs regionInputs(
            RegionId id,
            PopulationBySexAge earlier,
            PopulationBySexAge base,
            PopulationBySexAge earliest,
            int baseYear,
            SurvivalSchedule survival,
            FertilitySchedule fertility) {
        IntercensalPeriod last = new IntercensalPeriod(earlier, base, survival.survivalOfStep(baseYear - 5));
        boolean pool = base.totalPersons() < POOLING_THRESHOLD_PERSONS && earliest != null;
        NetMigrationRates rates = pool
                ? NetMigrationRates.pooledResidual(
                        List.of(last, new IntercensalPeriod(earliest, earlier, survival.survivalOfStep(baseYear - 10))),
                        MigrationRateConvention.ADDITIVE)
                : NetMigrationRates.residual(last, MigrationRateConvention.ADDITIVE);
        double girls = base.persons(io.sousei.observation.Sex.F, 0);
        return new RegionInputs(
                id,
                earlier,
                base,
                survival,
                rates,
                pool ? MigrationEstimate.POOLED_TWO_PERIODS : MigrationEstimate.LAST_PERIOD,
                fertility,
                base.childWomanRatio(),
                girls > 0 ? base.sexRatio0to4MalesPer100Females() : DEFAULT_SEX_RATIO_0_4);
    }
}
