package io.sousei.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.indicator.Category;
import io.sousei.indicator.Indicator;
import io.sousei.indicator.IndicatorCatalog;
import io.sousei.indicator.IndicatorId;
import io.sousei.text.Language;
import io.sousei.web.http.ApiException;
import io.sousei.web.http.ProblemType;
import io.sousei.web.http.QueryParameters;
import io.sousei.web.http.Responses;
import java.util.List;

/** {@code GET /api/v1/indicators?category=&lang=} and {@code GET /api/v1/indicators/{id}}: the catalogue. */
public final class IndicatorRoutes {

    private final IndicatorCatalog indicators;
    private final Responses responses;

    public IndicatorRoutes(IndicatorCatalog indicators, Responses responses) {
        this.indicators = indicators;
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.INDICATORS, this::list);
        routes.get(ApiPaths.INDICATOR, this::one);
    }

    private void list(Context ctx) {
        QueryParameters query = new QueryParameters(ctx);
        Language language = query.language();
        Category category = query.category("category").orElse(null);
        List<IndicatorDto> found = indicators.listIndicators(category).stream()
                .map(i -> DtoMapper.indicator(i, language))
                .toList();
        responses.json(ctx, new IndicatorListDto(language.tag(), found.size(), found));
    }

    private void one(Context ctx) {
        Language language = new QueryParameters(ctx).language();
        String text = ctx.pathParam("id");
        if (!IndicatorId.isValid(text)) {
            throw unknown(text);
        }
        Indicator indicator = indicators.findIndicator(IndicatorId.of(text)).orElseThrow(() -> unknown(text));
        responses.json(ctx, DtoMapper.indicator(indicator, language));
    }

    /** The indicator, or an {@code unknown_indicator} problem that says where the known ones are listed. */
    static Indicator require(IndicatorCatalog indicators, IndicatorId id) {
        return indicators.findIndicator(id).orElseThrow(() -> unknown(id.value()));
    }

    private static ApiException unknown(String id) {
        return new ApiException(
                ProblemType.UNKNOWN_INDICATOR,
                "unknown indicator '" + id + "'; the known ones are listed at " + ApiPaths.INDICATORS);
    }
}
