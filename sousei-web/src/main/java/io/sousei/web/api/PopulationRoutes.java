package io.sousei.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.observation.ObservationRepository;
import io.sousei.population.regional.CountryInputs;
import io.sousei.population.regional.PeriodChange;
import io.sousei.population.regional.PopulationChangeAnalysis;
import io.sousei.population.regional.PopulationInputsSource;
import io.sousei.population.regional.RegionInputs;
import io.sousei.population.regional.RegionalProjection;
import io.sousei.population.regional.RegionalProjectionResult;
import io.sousei.population.regional.RegionalProjectionSpec;
import io.sousei.population.regional.WomenChange;
import io.sousei.region.RegionId;
import io.sousei.web.http.QueryParameters;
import io.sousei.web.http.Responses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /api/v1/population/projection} (JSON or CSV) and {@code GET /api/v1/population/change}. */
public final class PopulationRoutes {

    /** The most regions one change request may name. */
    static final int MAX_CHANGE_REGIONS = 50;

    private final PopulationInputsSource inputs;
    private final ObservationRepository observations;
    private final Responses responses;

    public PopulationRoutes(PopulationInputsSource inputs, ObservationRepository observations, Responses responses) {
        this.inputs = inputs;
        this.observations = observations;
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.POPULATION_PROJECTION, this::projection);
        routes.get(ApiPaths.POPULATION_CHANGE, this::change);
    }

    private void projection(Context ctx) {
        PopulationRequest request = PopulationRequest.parse(new QueryParameters(ctx), inputs);
        RegionalProjectionSpec spec = request.spec();
        CountryInputs in = inputs.getInputs(spec.country(), spec.baseYear());
        RegionalProjectionResult result = RegionalProjection.project(in, spec);
        if (request.format().equals("csv")) {
            responses.csv(ctx, ProjectionMapper.csv(result), "projection-" + spec.country() + ".csv");
            return;
        }
        responses.json(ctx, ProjectionMapper.dto(result, request.cells()));
    }

    private void change(Context ctx) {
        PopulationRequest request = PopulationRequest.parse(new QueryParameters(ctx), inputs);
        RegionalProjectionSpec spec = request.spec();
        if (spec.regions().isEmpty() || spec.regions().size() > MAX_CHANGE_REGIONS) {
            throw QueryParameters.bad("region is required (1 to " + MAX_CHANGE_REGIONS + "), e.g. region="
                    + (spec.country().name().equals("TW") ? "TW:10013010" : "JP:01100"));
        }
        CountryInputs in = inputs.getInputs(spec.country(), spec.baseYear());
        Map<RegionId, List<AnnualChangeDto>> annual = annual(spec);
        List<PopulationChangeDto> out = new ArrayList<>();
        for (RegionId id : spec.regions()) {
            RegionInputs r = in.getRegion(id);
            PeriodChange period = PopulationChangeAnalysis.periodChange(
                    r, spec.baseYear(), r.survival().survivalOfStep(spec.baseYear() - 5));
            WomenChange women = PopulationChangeAnalysis.womenChange(r, in.fertilityTrend(), spec.baseYear());
            out.add(new PopulationChangeDto(
                    id.toString(), annual.getOrDefault(id, List.of()), period(period), women(women)));
        }
        responses.json(ctx, new PopulationChangeListDto(spec.country().name(), spec.baseYear(), out));
    }

    private Map<RegionId, List<AnnualChangeDto>> annual(RegionalProjectionSpec spec) {
        Map<RegionId, Map<String, double[]>> byRegion = new TreeMap<>();
        String[] indicators = {"population.natural_change", "population.net_migration"};
        for (int i = 0; i < 2; i++) {
            var query = new ObservationQuery(
                    IndicatorId.of(indicators[i]),
                    spec.country(),
                    null,
                    null,
                    spec.regions(),
                    null,
                    null,
                    null,
                    null,
                    ObservationQuery.DEFAULT_LIMIT);
            for (Observation o : observations.listObservations(query)) {
                if (o.period().length() != 4) {
                    continue;
                }
                byRegion.computeIfAbsent(o.region(), k -> new TreeMap<>())
                                .computeIfAbsent(o.period(), k -> new double[] {Double.NaN, Double.NaN})[i] =
                        o.value();
            }
        }
        Map<RegionId, List<AnnualChangeDto>> out = new TreeMap<>();
        byRegion.forEach((id, years) -> {
            List<AnnualChangeDto> rows = new ArrayList<>();
            years.forEach((year, v) -> rows.add(new AnnualChangeDto(year, orNull(v[0]), orNull(v[1]))));
            out.put(id, rows);
        });
        return out;
    }

    private static java.math.BigDecimal orNull(double v) {
        return Double.isNaN(v) ? null : PlainNumbers.decimal(v);
    }

    private static PeriodChangeDto period(PeriodChange p) {
        return new PeriodChangeDto(
                p.fromYear(),
                p.toYear(),
                Persons.of(p.fromPersons()),
                Persons.of(p.toPersons()),
                Persons.of(p.totalChangePersons()),
                Persons.of(p.socialChangePersons()),
                Persons.of(p.naturalChangeAndChildrenPersons()),
                p.netMigrationBySexAge().stream()
                        .map(m -> new NetMigrationDto(
                                m.sex().name(),
                                m.ageGroup(),
                                Persons.of(m.netMigrantsPersons()),
                                rate(m.netMigrationRate())))
                        .toList());
    }

    private static WomenChangeDto women(WomenChange w) {
        return new WomenChangeDto(
                w.fromYear(),
                w.toYear(),
                Persons.of(w.womenFromPersons()),
                Persons.of(w.womenToPersons()),
                Persons.of(w.womenToClosedPersons()),
                Persons.of(100 * w.changeRateWithMigration()),
                Persons.of(100 * w.changeRateClosed()),
                w.sustainabilityClass().name().toLowerCase(Locale.ROOT),
                w.sustainabilityClass().japaneseName());
    }

    private static java.math.BigDecimal rate(double r) {
        return new java.math.BigDecimal(r)
                .setScale(6, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }
}
