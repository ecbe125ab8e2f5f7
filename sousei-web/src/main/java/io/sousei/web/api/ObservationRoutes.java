package io.sousei.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.indicator.Indicator;
import io.sousei.indicator.IndicatorCatalog;
import io.sousei.observation.Breakdowns;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationRepository;
import io.sousei.observation.Sex;
import io.sousei.region.Country;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionLevel;
import io.sousei.web.http.QueryParameters;
import io.sousei.web.http.Responses;
import java.util.List;

/**
 * {@code GET /api/v1/observations} as JSON or CSV, and {@code GET /api/v1/observations/periods} (with the sexes,
 * age groups and categories the indicator has). Answers
 * hold at most {@code limit} rows and say when more matched.
 */
public final class ObservationRoutes {

    static final String TRUNCATED_HEADER = "Sousei-Truncated";
    static final String LIMIT_HEADER = "Sousei-Limit";

    private final ObservationRepository observations;
    private final IndicatorCatalog indicators;
    private final RegionCatalog regions;
    private final Responses responses;

    public ObservationRoutes(
            ObservationRepository observations,
            IndicatorCatalog indicators,
            RegionCatalog regions,
            Responses responses) {
        this.observations = observations;
        this.indicators = indicators;
        this.regions = regions;
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.OBSERVATIONS, this::observations);
        routes.get(ApiPaths.PERIODS, this::periods);
    }

    private void observations(Context ctx) {
        ObservationRequest request = ObservationRequest.parse(new QueryParameters(ctx), regions);
        Indicator indicator =
                IndicatorRoutes.require(indicators, request.query().indicator());
        List<Observation> found = observations.listObservations(request.query());
        boolean truncated = found.size() > request.limit();
        List<Observation> kept = truncated ? found.subList(0, request.limit()) : found;
        RegionNames names = RegionNames.of(regions, request.query(), kept, request.language());
        List<ObservationRowDto> rows = kept.stream()
                .map(o -> DtoMapper.observation(o, names.nameOf(o.region())))
                .toList();
        ctx.header(TRUNCATED_HEADER, String.valueOf(truncated));
        ctx.header(LIMIT_HEADER, String.valueOf(request.limit()));
        if (request.format().equals("csv")) {
            responses.csv(ctx, ObservationCsv.write(rows), indicator.id().value() + ".csv");
            return;
        }
        if (request.format().equals("xlsx")) {
            byte[] xlsx = ObservationXlsx.write(
                    rows,
                    indicator.id().value(),
                    indicator.name().in(request.language()),
                    Units.in(indicator.unit(), request.language()));
            responses.download(
                    ctx, xlsx, ObservationXlsx.CONTENT_TYPE, indicator.id().value() + ".xlsx");
            return;
        }
        responses.json(
                ctx,
                new ObservationTableDto(
                        indicator.id().value(),
                        indicator.name().in(request.language()),
                        Units.in(indicator.unit(), request.language()),
                        request.language().tag(),
                        rows.size(),
                        request.limit(),
                        truncated,
                        rows));
    }

    private void periods(Context ctx) {
        QueryParameters params = new QueryParameters(ctx);
        Indicator indicator = IndicatorRoutes.require(indicators, params.indicatorId());
        Country country = params.country()
                .orElseThrow(() -> QueryParameters.bad("country is required (TW or JP), e.g. country=TW"));
        RegionLevel level = params.level().orElse(null);
        QueryParameters.requireLevelIn(level, country);
        List<String> periods = observations.listPeriods(indicator.id(), country, level);
        Breakdowns breakdowns = observations.listBreakdowns(indicator.id(), country, level);
        responses.json(
                ctx,
                new PeriodListDto(
                        indicator.id().value(),
                        country.name(),
                        level == null ? null : level.key(),
                        periods,
                        breakdowns.sexes().stream().map(Sex::name).toList(),
                        breakdowns.ageGroups(),
                        breakdowns.categories()));
    }
}
