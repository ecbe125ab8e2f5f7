package io.sousei.population.internal;

import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.NetMigrantsBySexAge;
import io.sousei.population.PersonsBySex;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.ProjectionStep;
import java.util.Optional;

/** Mutable working arrays [sex][age] of one step, turned into an immutable {@link ProjectionStep} at the end. */
final class StepCells {

    final FiveYearAgeGroups groups;
    final double[][] survivors;
    final double[][] migrants;
    final double[][] clamp;
    final double[][] end;
    final double[] newborns = new double[2];

    StepCells(FiveYearAgeGroups groups) {
        this.groups = groups;
        int n = groups.count();
        survivors = new double[2][n];
        migrants = new double[2][n];
        clamp = new double[2][n];
        end = new double[2][n];
    }

    /** Sets the end cell from its parts, clamping at zero and recording what clamping added. */
    void settle(int sex, int group) {
        double natural = group == 0 ? newborns[sex] : survivors[sex][group];
        double value = natural + migrants[sex][group];
        if (value < 0) {
            clamp[sex][group] = -value;
            value = 0;
        }
        end[sex][group] = value;
    }

    PopulationBySexAge endPopulation() {
        return PopulationBySexAge.of(groups, end[0], end[1]);
    }

    ProjectionStep toStep(int startYear, PopulationBySexAge start, Optional<PersonsBySex> births) {
        return new ProjectionStep(
                startYear,
                start,
                PopulationBySexAge.of(groups, survivors[0], survivors[1]),
                new PersonsBySex(newborns[0], newborns[1]),
                births,
                NetMigrantsBySexAge.of(groups, migrants[0], migrants[1]),
                PopulationBySexAge.of(groups, clamp[0], clamp[1]),
                PopulationBySexAge.of(groups, end[0], end[1]));
    }
}
