package io.verbatim.ingest.append;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.ImportException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The repository an importer sees while it appends a wave: its {@link #beginImport} starts an append to the target
 * dataset, with duplicates filtered out, instead of a new dataset. Every importer thus appends without knowing it, and
 * an importer that starts over (the survey importer's careful second pass) gets a fresh filter over the same ids.
 */
final class AppendingRepository implements DatasetRepository {

    private final DatasetRepository delegate;
    private final Dataset target;
    private final String requestedIdColumn;
    private final Path file;
    private DuplicateFilter filter;
    private String idColumn;
    private DeduplicatingImport last;

    AppendingRepository(DatasetRepository delegate, Dataset target, String requestedIdColumn, Path file) {
        this.delegate = delegate;
        this.target = target;
        this.requestedIdColumn = requestedIdColumn;
        this.file = file;
    }

    @Override
    public DatasetImport beginImport(DatasetDraft draft) {
        if (draft.kind() != target.kind()) {
            throw new ImportException(
                    file,
                    0,
                    0,
                    "dataset '%s' holds %s but this file reads as %s; add --kind %s or append to another dataset"
                            .formatted(
                                    target.name(),
                                    target.kind().wireName(),
                                    draft.kind().wireName(),
                                    target.kind().wireName()));
        }
        if (filter == null) {
            idColumn = SourceIdColumn.choose(target, draft, requestedIdColumn, file)
                    .orElse(null);
            filter = DuplicateFilter.read(delegate, target, draft, idColumn);
        }
        last = new DeduplicatingImport(
                delegate.beginAppend(target, draft), filter.pass(), target, draft.columns(), file);
        return last;
    }

    /** Rows the last import left out as duplicates. */
    long skipped() {
        return last == null ? 0 : last.skipped();
    }

    /** The id column's key, or null when rows were compared whole. */
    String idColumn() {
        return idColumn;
    }

    @Override
    public List<Dataset> datasets() {
        return delegate.datasets();
    }

    @Override
    public Optional<Dataset> dataset(String name) {
        return delegate.dataset(name);
    }

    @Override
    public String[] readColumn(Dataset dataset, Column column) {
        return delegate.readColumn(dataset, column);
    }

    @Override
    public Dataset updateColumn(Dataset dataset, Column column) {
        return delegate.updateColumn(dataset, column);
    }

    @Override
    public void delete(Dataset dataset) {
        delegate.delete(dataset);
    }
}
