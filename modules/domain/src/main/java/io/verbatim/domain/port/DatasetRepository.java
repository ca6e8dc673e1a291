package io.verbatim.domain.port;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's datasets, as importers, scorers and views see them. Implemented by the store; only complete
 * imports are ever visible through it.
 */
public interface DatasetRepository {

    /** Visible (complete) datasets, ordered by name. */
    List<Dataset> datasets();

    Optional<Dataset> dataset(String name);

    /**
     * Starts an all-or-nothing import. Rows appended to the returned import stay invisible until
     * {@link DatasetImport#commit()}; closing it without commit discards them.
     *
     * @throws StoreException when a dataset of that name already exists or the store fails
     */
    DatasetImport beginImport(DatasetDraft draft);

    /**
     * All cells of one column, in row order; blank cells are empty strings, never null. The array has
     * {@link Dataset#rows()} elements.
     */
    String[] readColumn(Dataset dataset, Column column);

    /** Replaces the question properties (role, scale, direction) of a dataset's column; the analyst's confirmation. */
    Dataset updateColumn(Dataset dataset, Column column);

    /** Deletes a dataset and its rows. */
    void delete(Dataset dataset);
}
