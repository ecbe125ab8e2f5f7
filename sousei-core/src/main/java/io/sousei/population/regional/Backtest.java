package io.sousei.population.regional;

import io.sousei.observation.Sex;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.PopulationSeries;
import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Projects every region from its inputs and compares with observed counts at a target date that may fall inside a
 * five-year step ({@code targetYear} fractional, e.g. 2021.5 for June 2021 from year-end 2017): the cells are then
 * interpolated geometrically between the two step ends of the same age group.
 */
public final class Backtest {

    private Backtest() {}

    public static BacktestSummary run(
            String label,
            CountryInputs inputs,
            RegionalProjectionSpec spec,
            double targetYear,
            Map<RegionId, PopulationBySexAge> observed) {
        int steps = (int) Math.ceil((targetYear - inputs.baseYear()) / 5.0 - 1e-9);
        RegionalProjectionSpec s = spec.withHorizonYear(inputs.baseYear() + 5 * Math.max(1, steps));
        List<BacktestRegion> out = new ArrayList<>();
        for (RegionInputs r : inputs.regions().values()) {
            PopulationBySexAge obs = observed.get(r.region());
            if (obs == null || obs.totalPersons() == 0) {
                continue;
            }
            PopulationSeries series = RegionalProjection.project(r, inputs.fertilityTrend(), s);
            PopulationBySexAge projected = at(series, targetYear);
            out.add(compare(r.region(), obs, projected));
        }
        return new BacktestSummary(label, out);
    }

    static PopulationBySexAge at(PopulationSeries series, double year) {
        int lower = series.listYears().stream()
                .filter(y -> y <= year)
                .reduce((a, b) -> b)
                .orElseThrow();
        if (lower == year || series.findPopulation(lower + 5).isEmpty()) {
            return series.getPopulation(lower);
        }
        return interpolate(series.getPopulation(lower), series.getPopulation(lower + 5), (year - lower) / 5);
    }

    /** {@code from·(to/from)^fraction} in each cell; linear where a cell is zero at one end. */
    public static PopulationBySexAge interpolate(PopulationBySexAge from, PopulationBySexAge to, double fraction) {
        double[][] out = new double[2][];
        Sex[] sexes = {Sex.M, Sex.F};
        for (int s = 0; s < 2; s++) {
            double[] a = from.personsByAge(sexes[s]);
            double[] b = to.personsByAge(sexes[s]);
            out[s] = new double[a.length];
            for (int j = 0; j < a.length; j++) {
                out[s][j] =
                        a[j] > 0 && b[j] > 0 ? a[j] * Math.pow(b[j] / a[j], fraction) : a[j] + (b[j] - a[j]) * fraction;
            }
        }
        return PopulationBySexAge.of(from.ageGroups(), out[0], out[1]);
    }

    static BacktestRegion compare(RegionId id, PopulationBySexAge observed, PopulationBySexAge projected) {
        return new BacktestRegion(
                id,
                observed.totalPersons(),
                projected.totalPersons(),
                ape(projected.totalPersons(), observed.totalPersons()),
                ape(projected.youngPersons(), observed.youngPersons()),
                ape(projected.workingAgePersons(), observed.workingAgePersons()),
                ape(projected.elderlyPersons(), observed.elderlyPersons()));
    }

    private static double ape(double projected, double observed) {
        return observed == 0 ? Double.NaN : 100 * Math.abs(projected - observed) / observed;
    }
}
