package io.sousei.dataset;

import java.util.List;
import java.util.Optional;

/** The datasets the warehouse holds, with their provenance. Implemented by the store. */
public interface DatasetCatalog {

    Optional<Dataset> findDataset(String id);

    /** All datasets: those from sources by id, then those the warehouse derived. */
    List<Dataset> listDatasets();
}
