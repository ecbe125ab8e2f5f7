package io.sousei.store.population;

import io.sousei.population.FertilitySchedule;
import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.PopulationErrorCode;
import io.sousei.population.PopulationProjectionException;
import io.sousei.population.SurvivalRatios;
import io.sousei.population.regional.CountryInputs;
import io.sousei.population.regional.FertilityTrend;
import io.sousei.population.regional.RegionInputs;
import io.sousei.population.regional.SurvivalSchedule;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Taiwanese inputs (docs/validation/population.md §2): year-end counts of towns by sex × age (85+), survival from the
 * NDC 2020 death rates at each step's midpoint, residual net migration of the last five years, ASFR = NDC age
 * pattern × the town's indirect TFR, a fertility trend that follows the NDC medium TFR from 2020 on relative to the
 * observed national TFR, the NDC sex ratio at birth.
 */
final class TaiwanInputs {

    static final FiveYearAgeGroups AGE_GROUPS = FiveYearAgeGroups.OPEN_85;

    static final int FIRST_YEAR_WITH_AGES = 2000;
    static final int LAST_YEAR_END_WITH_AGES = 2017;

    /** Years with the indirect town TFR (population.tfr, status E). */
    static final List<Integer> TFR_YEARS = List.of(2015, 2016, 2017);

    private final PopulationReads reads;

    TaiwanInputs(PopulationReads reads) {
        this.reads = reads;
    }

    static List<Integer> baseYears() {
        List<Integer> out = new ArrayList<>();
        for (int y = FIRST_YEAR_WITH_AGES + 5; y <= LAST_YEAR_END_WITH_AGES; y++) {
            out.add(y);
        }
        return out;
    }

    CountryInputs build(int baseYear) {
        if (!baseYears().contains(baseYear)) {
            throw new PopulationProjectionException(
                    PopulationErrorCode.POPULATION_DATA_MISSING,
                    "TW projections start at a year end with counts by age five years earlier: "
                            + baseYears().getFirst() + "–" + baseYears().getLast());
        }
        NdcAssumptions ndc = new NdcAssumptions(reads);
        TreeMap<Integer, SurvivalRatios> survival = new TreeMap<>();
        for (int t = baseYear - 10; t <= baseYear + 100; t += 5) {
            survival.put(t, ndc.survivalAt(AGE_GROUPS, t + 2.5));
        }
        SurvivalSchedule schedule = new SurvivalSchedule(survival);
        Map<String, Double> tfr = observedTfr();
        double nationTfr = tfr.getOrDefault("TW", ndc.tfrAt(ndc.firstYear()));
        TreeMap<Integer, Double> trend = new TreeMap<>();
        for (int t = baseYear; t <= baseYear + 100; t += 5) {
            double mid = t + 2.5;
            trend.put(t, mid < ndc.firstYear() ? 1 : ndc.tfrAt(mid) / nationTfr);
        }
        Map<String, SexAgeTable> counts = new HashMap<>();
        for (String level : List.of("town", "nation")) {
            for (int y : List.of(baseYear, baseYear - 5, baseYear - 10)) {
                if (y >= FIRST_YEAR_WITH_AGES) {
                    counts.put(level + y, counts(level, y));
                }
            }
        }
        Map<RegionId, RegionInputs> regions = new LinkedHashMap<>();
        SexAgeTable base = counts.get("town" + baseYear);
        for (String id : new TreeMap<>(asSet(base)).keySet()) {
            regions.put(RegionId.parse(id), region(id, "town", counts, baseYear, schedule, tfr, nationTfr, ndc));
        }
        RegionInputs nation = region("TW", "nation", counts, baseYear, schedule, tfr, nationTfr, ndc);
        return new CountryInputs(Country.TW, baseYear, AGE_GROUPS, nation, regions, new FertilityTrend(trend));
    }

    private static Map<String, Boolean> asSet(SexAgeTable t) {
        Map<String, Boolean> m = new HashMap<>();
        t.regionIds().forEach(id -> m.put(id, true));
        return m;
    }

    private RegionInputs region(
            String id,
            String level,
            Map<String, SexAgeTable> counts,
            int baseYear,
            SurvivalSchedule survival,
            Map<String, Double> tfr,
            double nationTfr,
            NdcAssumptions ndc) {
        PopulationBySexAge b = counts.get(level + baseYear).population(id);
        PopulationBySexAge e = counts.get(level + (baseYear - 5)).population(id);
        SexAgeTable earliestTable = counts.get(level + (baseYear - 10));
        if (b == null || e == null) {
            throw new PopulationProjectionException(
                    PopulationErrorCode.POPULATION_DATA_MISSING,
                    id + " has no year-end counts by sex and age for " + (baseYear - 5) + " and " + baseYear);
        }
        double townTfr = tfr.getOrDefault(id, nationTfr);
        double[] pattern = ndc.fertilityAgePattern();
        double[] asfr = new double[pattern.length];
        for (int i = 0; i < asfr.length; i++) {
            asfr[i] = pattern[i] * townTfr / 5;
        }
        FertilitySchedule fertility = FertilitySchedule.of(15, asfr, ndc.sexRatioAtBirth());
        return Residuals.regionInputs(
                RegionId.parse(id),
                e,
                b,
                earliestTable == null ? null : earliestTable.population(id),
                baseYear,
                survival,
                fertility);
    }

    /**
     * The mean indirect TFR of 2015–2017 by town and for the nation (the years with births by town; for earlier
     * bases this looks ahead, see the validation notes).
     */
    private Map<String, Double> observedTfr() {
        Map<String, double[]> sum = new HashMap<>();
        List<String> years = TFR_YEARS.stream().map(String::valueOf).toList();
        for (String level : List.of("town", "nation")) {
            for (ObservedRow r : reads.rows("population.tfr", "TW", level, years)) {
                double[] s = sum.computeIfAbsent(r.regionId(), k -> new double[2]);
                s[0] += r.value();
                s[1]++;
            }
        }
        Map<String, Double> out = new HashMap<>();
        sum.forEach((k, v) -> out.put(k, v[0] / v[1]));
        return out;
    }

    private SexAgeTable counts(String level, int year) {
        return SexAgeTable.of(
                AGE_GROUPS, reads.rows("population.total", "TW", level, List.of(String.valueOf(year))), r -> true);
    }
}
