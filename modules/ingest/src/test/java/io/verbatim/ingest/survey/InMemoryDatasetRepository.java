package io.verbatim.ingest.survey;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.port.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PORT TEST DOUBLE: a {@link DatasetRepository} that keeps rows in memory and records whether an import was committed
 * and closed. It stands in for the H2 store (written in parallel) so importer tests check what is appended; real
 * end-to-end imports are tested in the CLI module.
 */
final class InMemoryDatasetRepository implements DatasetRepository {

    final List<Dataset> datasets = new ArrayList<>();
    DatasetDraft lastDraft;
    final List<String[]> staged = new ArrayList<>();
    boolean committed;
    boolean closed;

    @Override
    public List<Dataset> datasets() {
        return List.copyOf(datasets);
    }

    @Override
    public Optional<Dataset> dataset(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    @Override
    public DatasetImport beginImport(DatasetDraft draft) {
        if (dataset(draft.name()).isPresent()) {
            throw new StoreException("A dataset named " + draft.name() + " already exists");
        }
        lastDraft = draft;
        staged.clear();
        committed = false;
        closed = false;
        return new DatasetImport() {
            @Override
            public void append(String[] cells) {
                if (cells.length != draft.columns().size()) {
                    throw new IllegalArgumentException("row has " + cells.length + " cells");
                }
                staged.add(cells.clone());
            }

            @Override
            public long rows() {
                return staged.size();
            }

            @Override
            public Dataset commit() {
                committed = true;
                Dataset dataset = new Dataset(
                        datasets.size() + 1L,
                        draft.name(),
                        draft.kind(),
                        staged.size(),
                        draft.columns(),
                        draft.layout(),
                        draft.source(),
                        Instant.EPOCH);
                datasets.add(dataset);
                return dataset;
            }

            @Override
            public void close() {
                closed = true;
                if (!committed) {
                    staged.clear();
                }
            }
        };
    }

    @Override
    public String[] readColumn(Dataset dataset, Column column) {
        return staged.stream().map(r -> r[column.position()]).toArray(String[]::new);
    }

    @Override
    public Dataset updateColumn(Dataset dataset, Column column) {
        throw new UnsupportedOperationException("not needed by importer tests");
    }

    @Override
    public void delete(Dataset dataset) {
        datasets.remove(dataset);
    }
}
