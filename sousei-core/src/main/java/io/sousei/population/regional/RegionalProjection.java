package io.sousei.population.regional;

import io.sousei.population.CohortComponentProjection;
import io.sousei.population.HamiltonPerryProjection;
import io.sousei.population.HamiltonPerrySpec;
import io.sousei.population.IpssMunicipalProjection;
import io.sousei.population.IpssMunicipalSpec;
import io.sousei.population.IpssStepAssumptions;
import io.sousei.population.MigrationAssumption;
import io.sousei.population.NationalAdjustment;
import io.sousei.population.PopulationSeries;
import io.sousei.population.ProjectionScenario;
import io.sousei.population.ProjectionSpec;
import io.sousei.population.StepAssumptions;
import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one of the three methods for the regions of a country from their estimated inputs. Stateless and
 * thread-safe. IPSS: survival and residual net migration for ages 5+, children from the child–woman ratio times the
 * fertility trend; CCM: ASFR times the trend, births survived to 0–4, the same net migration rates (none for the
 * births cohort); Hamilton–Perry: cohort-change ratios of the last two counts.
 */
public final class RegionalProjection {

    private RegionalProjection() {}

    public static RegionalProjectionResult project(CountryInputs inputs, RegionalProjectionSpec spec) {
        if (inputs.country() != spec.country() || inputs.baseYear() != spec.baseYear()) {
            throw new IllegalArgumentException("inputs of " + inputs.country() + " " + inputs.baseYear()
                    + " do not fit a projection of " + spec.country() + " from " + spec.baseYear());
        }
        List<RegionId> wanted = spec.regions().isEmpty() ? inputs.listRegionIds() : spec.regions();
        wanted.forEach(inputs::getRegion);
        Map<RegionId, PopulationSeries> out = new LinkedHashMap<>();
        if (!spec.adjustNational()) {
            for (RegionId id : wanted) {
                out.put(id, project(inputs.getRegion(id), inputs.fertilityTrend(), spec));
            }
            return new RegionalProjectionResult(spec, out);
        }
        Map<RegionId, PopulationSeries> all = new LinkedHashMap<>();
        for (RegionInputs r : inputs.regions().values()) {
            all.put(r.region(), project(r, inputs.fertilityTrend(), spec));
        }
        PopulationSeries nation = project(inputs.nation(), inputs.fertilityTrend(), spec);
        Map<RegionId, PopulationSeries> adjusted = NationalAdjustment.proportional(all, nation);
        for (RegionId id : wanted) {
            out.put(id, id.isNation() ? nation : adjusted.get(id));
        }
        return new RegionalProjectionResult(spec, out);
    }

    /** One region's series under the spec's method and scenario (no national adjustment). */
    public static PopulationSeries project(RegionInputs r, FertilityTrend trend, RegionalProjectionSpec spec) {
        return switch (spec.method()) {
            case IPSS_MUNICIPAL -> IpssMunicipalProjection.series(ipss(r, trend, spec));
            case COHORT_COMPONENT ->
                CohortComponentProjection.project(cohortComponent(r, trend, spec))
                        .series();
            case HAMILTON_PERRY ->
                HamiltonPerryProjection.project(
                                new HamiltonPerrySpec(r.earlier(), r.base(), spec.baseYear(), spec.stepCount()))
                        .series();
            case POOL_MIGRATION -> throw new IllegalArgumentException("the pool model is not offered per region");
        };
    }

    static IpssMunicipalSpec ipss(RegionInputs r, FertilityTrend trend, RegionalProjectionSpec spec) {
        ProjectionScenario scenario = spec.scenario();
        boolean userTfr = scenario.tfrPath().isPresent();
        List<IpssStepAssumptions> steps = new ArrayList<>(spec.stepCount());
        for (int k = 0; k < spec.stepCount(); k++) {
            int year = spec.baseYear() + 5 * k;
            double cwr = r.childWomanRatio() * (userTfr ? 1 : trend.factorOfStep(year));
            steps.add(new IpssStepAssumptions(
                    r.survival().survivalOfStep(year), r.netMigration(), cwr, r.sexRatio0to4MalesPer100Females()));
        }
        IpssMunicipalSpec base = new IpssMunicipalSpec(r.base(), spec.baseYear(), steps);
        double referenceTfr = r.fertility().totalFertilityRate();
        if (scenario.equals(ProjectionScenario.BASELINE)) {
            return base;
        }
        if (userTfr && !(referenceTfr > 0)) {
            throw new IllegalArgumentException(r.region() + " has no observed fertility to scale to a TFR target");
        }
        return base.withScenario(scenario, referenceTfr > 0 ? referenceTfr : 1);
    }

    static ProjectionSpec cohortComponent(RegionInputs r, FertilityTrend trend, RegionalProjectionSpec spec) {
        List<StepAssumptions> steps = new ArrayList<>(spec.stepCount());
        double baseTfr = r.fertility().totalFertilityRate();
        for (int k = 0; k < spec.stepCount(); k++) {
            int year = spec.baseYear() + 5 * k;
            steps.add(new StepAssumptions(
                    r.survival().survivalOfStep(year),
                    r.fertility().scaledToTotalFertilityRate(baseTfr * trend.factorOfStep(year)),
                    MigrationAssumption.rates(r.netMigration())));
        }
        return spec.scenario().applyTo(new ProjectionSpec(r.base(), spec.baseYear(), steps));
    }
}
