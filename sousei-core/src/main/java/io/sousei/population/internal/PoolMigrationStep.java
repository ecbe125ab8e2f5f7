package io.sousei.population.internal;

import io.sousei.observation.Sex;
import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.PersonsBySex;
import io.sousei.population.PoolRegion;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.ProjectionStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One step of all regions of a pool model: out-migrants {@code O = k·o·S·P} (a share of the cohort's survivors, so a
 * region never loses more than it has while {@code k·o ≤ 1}), pool {@code Π = Σ_regions O}, in-migrants
 * {@code I = α·Π}; the end population is {@code S·P − O + I}. Ages 5+ first, then births from the women at the start
 * and the end of the step, then the 0–4 group (out-rates on surviving births).
 */
public final class PoolMigrationStep {

    private PoolMigrationStep() {}

    public static List<ProjectionStep> step(
            int startYear, List<PoolRegion> regions, List<PopulationBySexAge> starts, double multiplier) {
        int n = regions.size();
        FiveYearAgeGroups g = starts.get(0).ageGroups();
        List<StepCells> cells = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            cells.add(new StepCells(g));
        }
        for (int sex = 0; sex < 2; sex++) {
            Sex x = Cohorts.SEXES[sex];
            for (int j = 1; j < g.count(); j++) {
                double[] origins = new double[n];
                for (int r = 0; r < n; r++) {
                    cells.get(r).survivors[sex][j] =
                            regions.get(r).survival().survivalRatio(x, j) * Cohorts.originPersons(starts.get(r), x, j);
                    origins[r] = cells.get(r).survivors[sex][j];
                }
                exchange(regions, cells, sex, j, origins, multiplier);
            }
        }
        double[][] births = new double[n][2];
        for (int r = 0; r < n; r++) {
            double b = Cohorts.birthsPersons(
                    regions.get(r).fertility(), g, starts.get(r).personsByAge(Sex.F), cells.get(r).end[1]);
            double female = b * regions.get(r).fertility().femaleShareOfBirths();
            births[r] = new double[] {b - female, female};
        }
        for (int sex = 0; sex < 2; sex++) {
            double[] origins = new double[n];
            for (int r = 0; r < n; r++) {
                origins[r] = births[r][sex];
                cells.get(r).newborns[sex] =
                        regions.get(r).survival().birthSurvivalRatio(Cohorts.SEXES[sex]) * origins[r];
            }
            exchange(regions, cells, sex, 0, origins, multiplier);
        }
        List<ProjectionStep> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            out.add(cells.get(r)
                    .toStep(startYear, starts.get(r), Optional.of(new PersonsBySex(births[r][0], births[r][1]))));
        }
        return out;
    }

    private static void exchange(
            List<PoolRegion> regions, List<StepCells> cells, int sex, int group, double[] origins, double k) {
        Sex x = Cohorts.SEXES[sex];
        int n = regions.size();
        double[] out = new double[n];
        double pool = 0;
        for (int r = 0; r < n; r++) {
            out[r] = k * regions.get(r).migration().outMigrationRate(x, group) * origins[r];
            pool += out[r];
        }
        for (int r = 0; r < n; r++) {
            cells.get(r).migrants[sex][group] = regions.get(r).migration().inMigrationShare(x, group) * pool - out[r];
            cells.get(r).settle(sex, group);
        }
    }
}
