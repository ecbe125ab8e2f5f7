package io.sousei.store.read;

import io.sousei.dataset.Dataset;
import io.sousei.dataset.DatasetCatalog;
import io.sousei.text.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Dataset provenance from the warehouse's {@code dataset} table. */
public final class DuckDbDatasetCatalog implements DatasetCatalog {

    private static final String COLUMNS =
            "SELECT dataset_id, title, publisher, source, licence, attribution, vintage, checksum, title_zh_hant, title_ja"
                    + " FROM dataset";

    private final Connections connections;

    public DuckDbDatasetCatalog(Connections connections) {
        this.connections = connections;
    }

    @Override
    public Optional<Dataset> findDataset(String id) {
        return Rows.list(connections, COLUMNS + " WHERE dataset_id = ?", List.of(id), DuckDbDatasetCatalog::dataset)
                .stream()
                .findFirst();
    }

    @Override
    public List<Dataset> listDatasets() {
        return Rows.list(
                connections,
                COLUMNS + " ORDER BY origin = 'derived', dataset_id",
                List.of(),
                DuckDbDatasetCatalog::dataset);
    }

    static Dataset dataset(ResultSet rs) throws SQLException {
        return new Dataset(
                rs.getString(1),
                LocalizedText.of(rs.getString(9), rs.getString(10), rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }
}
