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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Japanese inputs (docs/validation/population.md §2): census counts by municipality (age unknown pro-rated, 90+),
 * prefecture life tables from SSDS deaths by age and sex (to 2007) scaled to each year's observed deaths, residual
 * net migration, child–woman ratio and 0–4 sex ratio of the base census, ASFR of the prefecture scaled to the
 * municipal TFR.
 */
final class JapanInputs {

    static final FiveYearAgeGroups AGE_GROUPS = FiveYearAgeGroups.OPEN_90;

    /** The last year SSDS publishes deaths and births by age for prefectures. */
    static final int LAST_YEAR_OF_DEATHS_BY_AGE = 2007;

    static final List<Integer> CENSUS_YEARS = List.of(1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015);

    private final PopulationReads reads;
    private final Map<Integer, SexAgeTable> municipalCounts = new HashMap<>();
    private final Map<String, SexAgeTable> areaCounts = new HashMap<>();
    private final Map<String, SurvivalRatios> mortalityByAreaYear = new HashMap<>();

    JapanInputs(PopulationReads reads) {
        this.reads = reads;
    }

    static List<Integer> baseYears() {
        return CENSUS_YEARS.subList(2, CENSUS_YEARS.size());
    }

    CountryInputs build(int baseYear) {
        if (!baseYears().contains(baseYear)) {
            throw new PopulationProjectionException(
                    PopulationErrorCode.POPULATION_DATA_MISSING,
                    "JP projections start at a census year with two earlier censuses: " + baseYears());
        }
        SexAgeTable base = municipal(baseYear);
        SexAgeTable earlier = municipal(baseYear - 5);
        SexAgeTable earliest = municipal(baseYear - 10);
        Fertility fertility = new Fertility(reads, baseYear, this);
        Map<RegionId, RegionInputs> regions = new LinkedHashMap<>();
        for (String id : new TreeMap<>(asMap(base)).keySet()) {
            String pref = "JP:" + id.substring(3, 5);
            regions.put(
                    RegionId.parse(id),
                    region(id, pref, base, earlier, earliest, baseYear, fertility.ofMunicipality(id, pref)));
        }
        SexAgeTable nation = area("nation", baseYear);
        RegionInputs nationInputs = region(
                "JP",
                "JP",
                nation,
                area("nation", baseYear - 5),
                area("nation", baseYear - 10),
                baseYear,
                fertility.ofArea("JP", "JP"));
        return new CountryInputs(Country.JP, baseYear, AGE_GROUPS, nationInputs, regions, FertilityTrend.CONSTANT);
    }

    private static Map<String, Boolean> asMap(SexAgeTable t) {
        Map<String, Boolean> m = new HashMap<>();
        t.regionIds().forEach(id -> m.put(id, true));
        return m;
    }

    private RegionInputs region(
            String id,
            String area,
            SexAgeTable base,
            SexAgeTable earlier,
            SexAgeTable earliest,
            int baseYear,
            FertilitySchedule fertility) {
        PopulationBySexAge b = base.population(id);
        PopulationBySexAge e = earlier.population(id);
        if (b == null || e == null) {
            throw new PopulationProjectionException(
                    PopulationErrorCode.POPULATION_DATA_MISSING,
                    id + " has no census counts by sex and age for " + (baseYear - 5) + " and " + baseYear);
        }
        SurvivalSchedule survival = new SurvivalSchedule(new TreeMap<>(Map.of(
                baseYear - 10,
                periodSurvival(area, baseYear - 10),
                baseYear - 5,
                periodSurvival(area, baseYear - 5),
                baseYear,
                mortality(area, baseYear))));
        return Residuals.regionInputs(RegionId.parse(id), e, b, earliest.population(id), baseYear, survival, fertility);
    }

    /** Survival of the period {@code start → start+5}: the mean of the ratios at both ends. */
    SurvivalRatios periodSurvival(String area, int start) {
        return Mortality.mean(mortality(area, start), mortality(area, start + 5));
    }

    /**
     * The ratios of {@code year}: the rates of the latest census year with deaths by age (≤ 2007), each sex scaled
     * so that they give the deaths observed in {@code year} on the counts of {@code year}.
     */
    SurvivalRatios mortality(String area, int year) {
        return mortalityByAreaYear.computeIfAbsent(area + "@" + year, k -> computeMortality(area, year));
    }

    private SurvivalRatios computeMortality(String area, int year) {
        int tableYear = CENSUS_YEARS.stream()
                .filter(y -> y <= Math.min(year, LAST_YEAR_OF_DEATHS_BY_AGE))
                .reduce((a, b) -> b)
                .orElseThrow();
        String level = area.equals("JP") ? "nation" : "prefecture";
        double[][] deaths = deathsByAge(level, tableYear).cells(area);
        double[][] persons = area(level, tableYear).cells(area);
        double[][] rates = new double[2][AGE_GROUPS.count()];
        for (int s = 0; s < 2; s++) {
            for (int j = 0; j < rates[s].length; j++) {
                rates[s][j] = persons[s][j] == 0 ? 0 : deaths[s][j] / persons[s][j];
            }
        }
        if (year != tableYear) {
            double[][] now = area(level, year).cells(area);
            double[] observed = deathTotals(level, year, area);
            for (int s = 0; s < 2; s++) {
                double expected = 0;
                for (int j = 0; j < rates[s].length; j++) {
                    expected += rates[s][j] * now[s][j];
                }
                double k = expected > 0 && observed[s] > 0 ? observed[s] / expected : 1;
                for (int j = 0; j < rates[s].length; j++) {
                    rates[s][j] *= k;
                }
            }
        }
        return Mortality.fromFiveYearRates(AGE_GROUPS, rates);
    }

    private final Map<String, SexAgeTable> deathTables = new HashMap<>();

    private SexAgeTable deathsByAge(String level, int year) {
        return deathTables.computeIfAbsent(
                level + year,
                k -> SexAgeTable.of(
                        AGE_GROUPS,
                        reads.rows("population.deaths", "JP", level, List.of(String.valueOf(year))),
                        r -> true));
    }

    private final Map<String, List<ObservedRow>> deathTotalRows = new HashMap<>();

    private double[] deathTotals(String level, int year, String area) {
        List<ObservedRow> rows = deathTotalRows.computeIfAbsent(
                level + year, k -> reads.rows("population.deaths", "JP", level, List.of(String.valueOf(year))));
        double[] out = new double[2];
        for (ObservedRow r : rows) {
            if (r.regionId().equals(area) && "_T".equals(r.ageGroup())) {
                if ("M".equals(r.sex())) {
                    out[0] = r.value();
                } else if ("F".equals(r.sex())) {
                    out[1] = r.value();
                }
            }
        }
        return out;
    }

    SexAgeTable municipal(int year) {
        return municipalCounts.computeIfAbsent(year, y -> counts("municipality", y));
    }

    SexAgeTable area(String level, int year) {
        return areaCounts.computeIfAbsent(level + year, k -> counts(level, year));
    }

    private SexAgeTable counts(String level, int year) {
        return SexAgeTable.of(
                AGE_GROUPS, reads.rows("population.total", "JP", level, List.of(String.valueOf(year))), r -> true);
    }
}
