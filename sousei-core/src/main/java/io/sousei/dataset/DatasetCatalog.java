package io.sousei.dataset;

import java.util.List;
import java.util.Optional;

/** The datasets the warehouse holds, with their provenance. Implemented by the store. */
public interface DatasetCatalog {

    Optional<Dataset> findDataset(String id);

    /** All datasets, ordered by id. */
    List<Dataset> listDatasets();
}
