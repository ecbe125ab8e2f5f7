package io.sousei.population.regional;

import io.sousei.observation.Sex;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.PopulationSeries;
import io.sousei.population.ProjectionMethod;
import io.sousei.population.ProjectionScenario;
import io.sousei.population.SurvivalRatios;
import java.util.ArrayList;
import java.util.List;

/** Change analysis of one region from its projection inputs. Stateless. */
public final class PopulationChangeAnalysis {

    /** The 人口戦略会議 horizon: 30 years. */
    public static final int WOMEN_CHANGE_YEARS = 30;

    private PopulationChangeAnalysis() {}

    /** The last intercensal period by cohort comparison, with the survival of that period. */
    public static PeriodChange periodChange(RegionInputs r, int baseYear, SurvivalRatios periodSurvival) {
        PopulationBySexAge earlier = r.earlier();
        PopulationBySexAge later = r.base();
        var g = later.ageGroups();
        List<CohortNetMigration> rows = new ArrayList<>();
        double social = 0;
        for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
            for (int j = 1; j < g.count(); j++) {
                double origin = j == g.openGroup()
                        ? earlier.persons(sex, j - 1) + earlier.persons(sex, j)
                        : earlier.persons(sex, j - 1);
                double migrants = later.persons(sex, j) - origin * periodSurvival.survivalRatio(sex, j);
                social += migrants;
                rows.add(new CohortNetMigration(sex, g.label(j), migrants, origin == 0 ? 0 : migrants / origin));
            }
        }
        double total = later.totalPersons() - earlier.totalPersons();
        return new PeriodChange(
                baseYear - 5,
                baseYear,
                earlier.totalPersons(),
                later.totalPersons(),
                total,
                social,
                total - social,
                rows);
    }

    /** Women 20–39 over 30 years from the base, IPSS method, baseline and closed. */
    public static WomenChange womenChange(RegionInputs r, FertilityTrend trend, int baseYear) {
        RegionalProjectionSpec open = new RegionalProjectionSpec(
                r.region().country(),
                List.of(),
                ProjectionMethod.IPSS_MUNICIPAL,
                baseYear,
                baseYear + WOMEN_CHANGE_YEARS,
                ProjectionScenario.BASELINE,
                false);
        PopulationSeries withMigration = RegionalProjection.project(r, trend, open);
        PopulationSeries closed = RegionalProjection.project(r, trend, open.withScenario(ProjectionScenario.CLOSED));
        int to = baseYear + WOMEN_CHANGE_YEARS;
        double from = r.base().womenAged20To39();
        double toOpen = withMigration.getPopulation(to).womenAged20To39();
        double toClosed = closed.getPopulation(to).womenAged20To39();
        double rateOpen = from == 0 ? 0 : toOpen / from - 1;
        double rateClosed = from == 0 ? 0 : toClosed / from - 1;
        return new WomenChange(
                baseYear,
                to,
                from,
                toOpen,
                toClosed,
                rateOpen,
                rateClosed,
                SustainabilityClass.of(rateOpen, rateClosed));
    }
}
