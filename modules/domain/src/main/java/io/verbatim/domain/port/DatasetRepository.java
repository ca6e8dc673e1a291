package io.verbatim.domain.port;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DerivedColumn;
import java.util.List;
import java.util.Map;
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
     * Starts appending a new wave of rows to an existing dataset, all-or-nothing: the rows stay invisible until
     * {@link DatasetImport#commit()}, which adds them to {@code target} in one transaction; closing without commit
     * leaves {@code target} as it was. Columns are matched by key: the target keeps its columns (types and questions),
     * a column new in the draft is added (blank for earlier rows), and a target column the draft lacks is blank for the
     * new rows. The caller has already refused type conflicts and duplicate rows.
     *
     * @throws StoreException when {@code target} no longer exists or the store fails
     */
    default DatasetImport beginAppend(Dataset target, DatasetDraft draft) {
        throw new UnsupportedOperationException("This workspace cannot append to datasets");
    }

    /**
     * All cells of one column, in row order; blank cells are empty strings, never null. The array has
     * {@link Dataset#rows()} elements. Cells of a column of few distinct values (regions, scores) share one
     * {@link String} instance per value, so a caller may remember per instance what it worked out for a value.
     */
    String[] readColumn(Dataset dataset, Column column);

    /** Replaces the question properties (role, scale, direction) of a dataset's column; the analyst's confirmation. */
    Dataset updateColumn(Dataset dataset, Column column);

    /**
     * Stores computed columns beside a dataset's imported ones, all-or-nothing: each is added, or replaces the derived
     * column of the same key (ignoring case) that an earlier run stored. Returns the dataset as it now is.
     *
     * @throws StoreException when a key names an imported column, the cells are not one per row (the dataset changed
     *     since they were computed), the dataset no longer exists or the store fails
     */
    default Dataset putDerivedColumns(Dataset dataset, List<DerivedColumn> columns) {
        throw new UnsupportedOperationException("This workspace cannot store derived columns");
    }

    /** The keys of a dataset's derived columns, each with the key of the column it was computed from. */
    default Map<String, String> derivedColumns(Dataset dataset) {
        return Map.of();
    }

    /** Deletes a dataset and its rows. */
    void delete(Dataset dataset);
}
