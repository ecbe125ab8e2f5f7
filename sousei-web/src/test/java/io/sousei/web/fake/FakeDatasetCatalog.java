package io.sousei.web.fake;

import io.sousei.dataset.Dataset;
import io.sousei.dataset.DatasetCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class FakeDatasetCatalog implements DatasetCatalog {

    private final Map<String, Dataset> datasets = new TreeMap<>();

    public FakeDatasetCatalog(List<Dataset> datasets) {
        datasets.forEach(d -> this.datasets.put(d.id(), d));
    }

    @Override
    public Optional<Dataset> findDataset(String id) {
        return Optional.ofNullable(datasets.get(id));
    }

    @Override
    public List<Dataset> listDatasets() {
        return List.copyOf(datasets.values());
    }
}
