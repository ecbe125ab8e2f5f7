package io.sousei.population.internal;

import io.sousei.observation.Sex;
import io.sousei.population.FertilitySchedule;
import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.MigrationAssumption;
import io.sousei.population.NetMigrationRates;
import io.sousei.population.PersonsBySex;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.ProjectionStep;
import io.sousei.population.StepAssumptions;
import io.sousei.population.SurvivalRatios;
import java.util.Optional;

/**
 * One five-year cohort-component step (METHODS §1.2–1.3): ages 5+ by survival and migration first, then births
 * over the step from the women at its start and end, then the 0–4 group from births.
 */
public final class CohortComponentStep {

    private CohortComponentStep() {}

    public static ProjectionStep step(int startYear, PopulationBySexAge start, StepAssumptions a) {
        FiveYearAgeGroups g = start.ageGroups();
        SurvivalRatios s = a.survival();
        StepCells cells = new StepCells(g);
        double[][] exposed = new double[2][];
        double[][] halfCounts = new double[2][g.count()];
        for (int sex = 0; sex < 2; sex++) {
            Sex x = Cohorts.SEXES[sex];
            double[] p = start.personsByAge(x);
            if (a.migration() instanceof MigrationAssumption.ByNetMigrantCounts c) {
                halfCounts[sex] = c.netMigrants().personsByAge(x);
                for (int j = 0; j < g.count(); j++) {
                    halfCounts[sex][j] /= 2;
                }
            }
            exposed[sex] = p;
            for (int j = 1; j < g.count(); j++) {
                double origin = Cohorts.origin(p, g, j);
                double ratio = s.survivalRatio(x, j);
                cells.survivors[sex][j] = ratio * origin;
                cells.migrants[sex][j] = switch (a.migration()) {
                    case MigrationAssumption.Closed c -> 0;
                    case MigrationAssumption.ByNetMigrationRates r -> rateMigrants(r.rates(), x, j, origin, ratio);
                    case MigrationAssumption.ByNetMigrantCounts c ->
                        ratio * Cohorts.origin(halfCounts[sex], g, j) + halfCounts[sex][j];
                };
                cells.settle(sex, j);
            }
        }
        double births = births(a, g, start, cells, halfCounts);
        FertilitySchedule f = a.fertility();
        double[] bySex = {births - births * f.femaleShareOfBirths(), births * f.femaleShareOfBirths()};
        for (int sex = 0; sex < 2; sex++) {
            Sex x = Cohorts.SEXES[sex];
            double ratio = s.birthSurvivalRatio(x);
            cells.newborns[sex] = bySex[sex] * ratio;
            cells.migrants[sex][0] = switch (a.migration()) {
                case MigrationAssumption.Closed c -> 0;
                case MigrationAssumption.ByNetMigrationRates r -> rateMigrants(r.rates(), x, 0, bySex[sex], ratio);
                case MigrationAssumption.ByNetMigrantCounts c -> halfCounts[sex][0];
            };
            cells.settle(sex, 0);
        }
        return cells.toStep(startYear, start, Optional.of(new PersonsBySex(bySex[0], bySex[1])));
    }

    /**
     * Women exposed to childbearing: with counts, the migrants of the first half are exposed from the start and
     * those of the second half not yet (the Leslie form of popReconstruct's ccmp_femDom); with rates, the women at
     * the start and at the end of the step.
     */
    private static double births(
            StepAssumptions a, FiveYearAgeGroups g, PopulationBySexAge start, StepCells cells, double[][] halfCounts) {
        double[] womenStart = start.personsByAge(Sex.F);
        double[] womenEnd = cells.end[1].clone();
        if (a.migration() instanceof MigrationAssumption.ByNetMigrantCounts) {
            for (int j = 0; j < g.count(); j++) {
                womenStart[j] = Math.max(0, womenStart[j] + halfCounts[1][j]);
                womenEnd[j] = Math.max(0, womenEnd[j] - halfCounts[1][j]);
            }
        }
        return Cohorts.birthsPersons(a.fertility(), g, womenStart, womenEnd);
    }

    private static double rateMigrants(NetMigrationRates rates, Sex sex, int group, double origin, double survival) {
        double rate = rates.netMigrationRate(sex, group);
        return rates.convention().endPersons(origin, survival, rate) - origin * survival;
    }
}
