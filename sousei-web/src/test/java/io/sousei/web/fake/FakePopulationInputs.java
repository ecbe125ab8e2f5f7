package io.sousei.web.fake;

import io.sousei.observation.Sex;
import io.sousei.population.FertilitySchedule;
import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.LifeTable;
import io.sousei.population.MigrationRateConvention;
import io.sousei.population.NetMigrationRates;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.PopulationErrorCode;
import io.sousei.population.PopulationProjectionException;
import io.sousei.population.SurvivalRatios;
import io.sousei.population.regional.CountryInputs;
import io.sousei.population.regional.FertilityTrend;
import io.sousei.population.regional.MigrationEstimate;
import io.sousei.population.regional.PopulationInputsSource;
import io.sousei.population.regional.RegionInputs;
import io.sousei.population.regional.SurvivalSchedule;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Projection inputs for two Pingtung towns at base 2017, written by hand: a flat age structure scaled to the town,
 * a Gompertz-like life table, the NDC-shaped ASFR at TFR 1.0 and small net migration rates (the city gains young
 * adults, Chaozhou loses them).
 */
public final class FakePopulationInputs implements PopulationInputsSource {

    public static final int BASE_YEAR = 2017;
    private static final FiveYearAgeGroups GROUPS = FiveYearAgeGroups.OPEN_85;

    @Override
    public CountryInputs getInputs(Country country, int baseYear) {
        if (country != Country.TW || baseYear != BASE_YEAR) {
            throw new PopulationProjectionException(
                    PopulationErrorCode.POPULATION_DATA_MISSING, "the fixture holds TW " + BASE_YEAR + " only");
        }
        SurvivalSchedule survival = SurvivalSchedule.constant(survival());
        Map<RegionId, RegionInputs> regions = new TreeMap<>();
        regions.put(Pingtung.CITY, town(Pingtung.CITY, 200_000, 0.01, survival));
        regions.put(Pingtung.CHAOZHOU, town(Pingtung.CHAOZHOU, 53_000, -0.02, survival));
        return new CountryInputs(
                Country.TW,
                BASE_YEAR,
                GROUPS,
                town(RegionId.nation(Country.TW), 23_500_000, 0, survival),
                regions,
                FertilityTrend.CONSTANT);
    }

    @Override
    public Map<RegionId, PopulationBySexAge> getCounts(Country country, String period) {
        return Map.of();
    }

    @Override
    public List<Integer> listBaseYears(Country country) {
        return country == Country.TW ? List.of(BASE_YEAR) : List.of();
    }

    private static RegionInputs town(RegionId id, double persons, double youngMigration, SurvivalSchedule survival) {
        double[] shape = {3, 4, 5, 6, 7, 7, 8, 8, 8, 8, 8, 7, 6, 5, 4, 3, 2, 1};
        double sum = Arrays.stream(shape).sum();
        double[] male =
                Arrays.stream(shape).map(v -> persons * v / sum / 2 * 1.02).toArray();
        double[] female =
                Arrays.stream(shape).map(v -> persons * v / sum / 2 * 0.98).toArray();
        PopulationBySexAge base = PopulationBySexAge.of(GROUPS, male, female);
        PopulationBySexAge earlier = PopulationBySexAge.of(
                GROUPS,
                Arrays.stream(male).map(v -> v * 1.01).toArray(),
                Arrays.stream(female).map(v -> v * 1.01).toArray());
        double[] rates = new double[GROUPS.count()];
        for (int j = 4; j <= 7; j++) {
            rates[j] = youngMigration;
        }
        return new RegionInputs(
                id,
                earlier,
                base,
                survival,
                NetMigrationRates.of(GROUPS, MigrationRateConvention.ADDITIVE, rates, rates),
                MigrationEstimate.LAST_PERIOD,
                FertilitySchedule.of(15, new double[] {0.004, 0.03, 0.07, 0.06, 0.03, 0.005, 0.001}, 1.07),
                base.childWomanRatio(),
                base.sexRatio0to4MalesPer100Females());
    }

    private static SurvivalRatios survival() {
        int[] ages = new int[GROUPS.count()];
        double[] m = new double[GROUPS.count()];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = 5 * i;
            m[i] = 0.0002 * Math.exp(0.085 * ages[i]);
        }
        return SurvivalRatios.fromLifeTables(
                GROUPS,
                LifeTable.fromCentralDeathRates(ages, m, Sex.M),
                LifeTable.fromCentralDeathRates(ages, m, Sex.F));
    }
}
