package io.sousei.population;

import io.sousei.observation.Sex;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 一律補正: scale every municipality's projection, cell by cell (year × sex × age), so that the municipalities sum
 * to the national projection (METHODS §1.4 step 4). Applied to finished series, not fed back into later steps; keep
 * the raw series beside the adjusted ones (METHODS §1.9.7). A cell that all municipalities project at zero stays zero.
 */
public final class NationalAdjustment {

    private NationalAdjustment() {}

    public static <K> Map<K, PopulationSeries> proportional(
            Map<K, PopulationSeries> municipal, PopulationSeries national) {
        if (municipal.isEmpty()) {
            throw new IllegalArgumentException("there are no municipal projections to adjust");
        }
        FiveYearAgeGroups groups = national.first().ageGroups();
        for (Map.Entry<K, PopulationSeries> e : municipal.entrySet()) {
            if (!e.getValue().listYears().equals(national.listYears())
                    || !e.getValue().first().ageGroups().equals(groups)) {
                throw new PopulationProjectionException(
                        PopulationErrorCode.POPULATION_NATIONAL_CONTROL_MISMATCH,
                        e.getKey() + " has years " + e.getValue().listYears() + " and "
                                + e.getValue().first().ageGroups() + "; the national projection has "
                                + national.listYears() + " and " + groups);
            }
        }
        Map<K, Map<Integer, PopulationBySexAge>> adjusted = new LinkedHashMap<>();
        municipal.keySet().forEach(k -> adjusted.put(k, new LinkedHashMap<>()));
        for (int year : national.listYears()) {
            double[][] factor = factors(municipal, national.getPopulation(year), year);
            for (Map.Entry<K, PopulationSeries> e : municipal.entrySet()) {
                PopulationBySexAge p = e.getValue().getPopulation(year);
                double[] m = p.personsByAge(Sex.M);
                double[] f = p.personsByAge(Sex.F);
                for (int j = 0; j < m.length; j++) {
                    m[j] *= factor[0][j];
                    f[j] *= factor[1][j];
                }
                adjusted.get(e.getKey()).put(year, PopulationBySexAge.of(groups, m, f));
            }
        }
        Map<K, PopulationSeries> out = new LinkedHashMap<>();
        adjusted.forEach((k, v) -> out.put(k, PopulationSeries.of(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static <K> double[][] factors(Map<K, PopulationSeries> municipal, PopulationBySexAge national, int year) {
        int n = national.ageGroups().count();
        double[][] sum = new double[2][n];
        for (PopulationSeries s : municipal.values()) {
            PopulationBySexAge p = s.getPopulation(year);
            for (int j = 0; j < n; j++) {
                sum[0][j] += p.persons(Sex.M, j);
                sum[1][j] += p.persons(Sex.F, j);
            }
        }
        double[][] factor = new double[2][n];
        for (int j = 0; j < n; j++) {
            factor[0][j] = sum[0][j] == 0 ? 0 : national.persons(Sex.M, j) / sum[0][j];
            factor[1][j] = sum[1][j] == 0 ? 0 : national.persons(Sex.F, j) / sum[1][j];
        }
        return factor;
    }
}
