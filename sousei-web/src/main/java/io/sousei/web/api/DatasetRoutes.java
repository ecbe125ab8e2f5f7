package io.sousei.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.dataset.Dataset;
import io.sousei.dataset.DatasetCatalog;
import io.sousei.text.Language;
import io.sousei.web.http.ApiException;
import io.sousei.web.http.QueryParameters;
import io.sousei.web.http.Responses;
import java.util.List;
import java.util.Optional;

/** {@code GET /api/v1/datasets?lang=} and {@code GET /api/v1/datasets/{id}?lang=}: where every value comes from. */
public final class DatasetRoutes {

    private final DatasetCatalog datasets;
    private final Responses responses;

    public DatasetRoutes(DatasetCatalog datasets, Responses responses) {
        this.datasets = datasets;
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.DATASETS, this::list);
        routes.get(ApiPaths.DATASET, this::one);
    }

    private void list(Context ctx) {
        Language language = new QueryParameters(ctx).language();
        List<DatasetDto> found = datasets.listDatasets().stream()
                .map(d -> DtoMapper.dataset(d, language))
                .toList();
        responses.json(ctx, new DatasetListDto(found.size(), found));
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        Language language = new QueryParameters(ctx).language();
        DatasetDto dataset = (Dataset.isValidId(id) ? datasets.findDataset(id) : Optional.<Dataset>empty())
                .map(d -> DtoMapper.dataset(d, language))
                .orElseThrow(() -> ApiException.notFound(
                        "unknown dataset '" + id + "'; the known ones are listed at " + ApiPaths.DATASETS));
        responses.json(ctx, dataset);
    }
}
