package io.sousei.population.internal;

import io.sousei.observation.Sex;
import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.IpssStepAssumptions;
import io.sousei.population.NetMigrationRates;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.ProjectionStep;
import java.util.Optional;

/**
 * One step of the IPSS municipal method: ages 5+ by survival and net migration rate; ages 0–4 as the child–woman
 * ratio times the projected women 15–49, split by the 0–4 sex ratio. The 0–4 group is neither survived nor migrated
 * again, since the child–woman ratio already contains both (METHODS §1.9.3).
 */
public final class IpssMunicipalStep {

    private IpssMunicipalStep() {}

    public static ProjectionStep step(int startYear, PopulationBySexAge start, IpssStepAssumptions a) {
        return cells(start, a).toStep(startYear, start, Optional.empty());
    }

    /** The end population only, by the same arithmetic as {@link #step}, without building the trace. */
    public static PopulationBySexAge end(PopulationBySexAge start, IpssStepAssumptions a) {
        return cells(start, a).endPopulation();
    }

    private static StepCells cells(PopulationBySexAge start, IpssStepAssumptions a) {
        FiveYearAgeGroups g = start.ageGroups();
        NetMigrationRates m = a.netMigration();
        StepCells cells = new StepCells(g);
        for (int sex = 0; sex < 2; sex++) {
            Sex x = Cohorts.SEXES[sex];
            double[] p = start.personsByAge(x);
            for (int j = 1; j < g.count(); j++) {
                double origin = Cohorts.origin(p, g, j);
                double s = a.survival().survivalRatio(x, j);
                cells.survivors[sex][j] = s * origin;
                cells.migrants[sex][j] = m.convention().endPersons(origin, s, m.netMigrationRate(x, j)) - s * origin;
                cells.settle(sex, j);
            }
        }
        double women15to49 = 0;
        for (int j = 0; j < g.count(); j++) {
            int lower = g.lowerBoundYears(j);
            if (lower >= 15 && lower < 50) {
                women15to49 += cells.end[1][j];
            }
        }
        double children = a.childWomanRatio() * women15to49;
        double sr = a.sexRatio0to4MalesPer100Females();
        cells.newborns[0] = children * sr / (100 + sr);
        cells.newborns[1] = children * 100 / (100 + sr);
        cells.settle(0, 0);
        cells.settle(1, 0);
        return cells;
    }
}
