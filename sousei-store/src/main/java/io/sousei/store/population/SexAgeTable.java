package io.sousei.store.population;

import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.PopulationBySexAge;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Observed persons (or events) by region, sex and five-year age group on one axis: five-year groups and open groups
 * are summed into the axis (100+ into 85+), single-year ages are skipped, age "unknown" is pro-rated within each sex
 * over the known ages (METHODS §1.9.1).
 */
final class SexAgeTable {

    private final FiveYearAgeGroups groups;
    private final Map<String, double[][]> known = new HashMap<>();
    private final Map<String, double[]> unknown = new HashMap<>();

    private SexAgeTable(FiveYearAgeGroups groups) {
        this.groups = groups;
    }

    static SexAgeTable of(FiveYearAgeGroups groups, List<ObservedRow> rows, Predicate<ObservedRow> keep) {
        SexAgeTable t = new SexAgeTable(groups);
        for (ObservedRow r : rows) {
            int s = "M".equals(r.sex()) ? 0 : "F".equals(r.sex()) ? 1 : -1;
            if (s < 0 || !keep.test(r) || !"_T".equals(r.category())) {
                continue;
            }
            if ("unknown".equals(r.ageGroup())) {
                t.unknown.computeIfAbsent(r.regionId(), k -> new double[2])[s] += r.value();
                continue;
            }
            int lower = lowerBoundOfFiveYearOrOpen(r.ageGroup());
            if (lower < 0) {
                continue;
            }
            t.known.computeIfAbsent(r.regionId(), k -> new double[2][groups.count()])[s][groups.groupOf(lower)] +=
                    r.value();
        }
        return t;
    }

    /** {@code 0-4} → 0, {@code 85+} → 85; −1 for the total, single ages and anything else. */
    static int lowerBoundOfFiveYearOrOpen(String code) {
        if (code.endsWith("+")) {
            return Integer.parseInt(code.substring(0, code.length() - 1));
        }
        int dash = code.indexOf('-');
        if (dash <= 0 || code.startsWith("_")) {
            return -1;
        }
        int lower = Integer.parseInt(code.substring(0, dash));
        int upper = Integer.parseInt(code.substring(dash + 1));
        return upper - lower == 4 && lower % 5 == 0 ? lower : -1;
    }

    java.util.Set<String> regionIds() {
        return known.keySet();
    }

    boolean has(String regionId) {
        return known.containsKey(regionId);
    }

    /** By sex (0 = M, 1 = F) and group, unknown ages pro-rated; null when the region has no rows. */
    double[][] cells(String regionId) {
        double[][] k = known.get(regionId);
        if (k == null) {
            return null;
        }
        double[][] out = {k[0].clone(), k[1].clone()};
        double[] u = unknown.get(regionId);
        for (int s = 0; s < 2 && u != null; s++) {
            double sum = 0;
            for (double v : out[s]) {
                sum += v;
            }
            if (sum > 0 && u[s] > 0) {
                double factor = 1 + u[s] / sum;
                for (int j = 0; j < out[s].length; j++) {
                    out[s][j] *= factor;
                }
            }
        }
        return out;
    }

    PopulationBySexAge population(String regionId) {
        double[][] c = cells(regionId);
        return c == null ? null : PopulationBySexAge.of(groups, c[0], c[1]);
    }
}
