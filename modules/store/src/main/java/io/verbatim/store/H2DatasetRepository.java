package io.verbatim.store;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DerivedColumn;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.port.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/** {@link DatasetRepository} over a workspace's H2 database. */
final class H2DatasetRepository implements DatasetRepository, AutoCloseable {

    private final WorkspaceDatabase database;
    private final DatasetDao datasets;
    private final ColumnDao columns;
    private final ColumnChunkDao chunks;
    private final ColumnChunkCodec codec = new ColumnChunkCodec();
    private final DerivedColumnStore derivedStore;
    private final Set<H2DatasetImport> running = ConcurrentHashMap.newKeySet();

    H2DatasetRepository(WorkspaceDatabase database) {
        this.database = database;
        this.columns = new ColumnDao();
        this.datasets = new DatasetDao(columns);
        this.chunks = new ColumnChunkDao();
        this.derivedStore = new DerivedColumnStore(datasets, columns, chunks, codec);
    }

    /** Deletes imports a crash or a killed process left behind; returns how many. */
    int sweepUnfinishedImports() {
        return database.inTransaction("remove unfinished imports", datasets::deleteStaging);
    }

    @Override
    public List<Dataset> datasets() {
        return database.inTransaction("list the datasets", datasets::findAllReady);
    }

    @Override
    public Optional<Dataset> dataset(String name) {
        Objects.requireNonNull(name, "name");
        return database.inTransaction("read dataset '" + name + "'", c -> datasets.findReady(c, name));
    }

    @Override
    public DatasetImport beginImport(DatasetDraft draft) {
        return start(
                draft.name(),
                draft.columns(),
                "start importing dataset '" + draft.name() + "'",
                c -> {
                    refuseTakenName(datasets.statusOf(c, draft.name()), draft.name());
                    return datasets.insertStaging(c, draft);
                },
                (c, id, rows, revised) -> publishNew(c, id, rows, revised, draft.name()));
    }

    /**
     * Stages the wave under a name of its own (the target's is taken) and publishes it with a {@link WaveMerge} into
     * {@code target}; the staging row is swept like any unfinished import if the process dies.
     */
    @Override
    public DatasetImport beginAppend(Dataset target, DatasetDraft draft) {
        Objects.requireNonNull(target, "target");
        DatasetDraft staging = new DatasetDraft(
                "wave for #" + target.id() + " " + UUID.randomUUID(),
                draft.kind(),
                draft.columns(),
                draft.layout(),
                draft.source());
        WaveMerge merge = new WaveMerge(datasets, columns, chunks, codec, target, draft.columns());
        return start(
                target.name(),
                draft.columns(),
                "start appending to dataset '" + target.name() + "'",
                c -> {
                    if (!datasets.isReady(c, target.id())) {
                        throw missing(target);
                    }
                    return datasets.insertStaging(c, staging);
                },
                merge::publish);
    }

    private DatasetImport start(
            String name, List<Column> draftColumns, String what, SqlWork<Long> stage, Publication publication) {
        Connection connection = database.borrow();
        try {
            long id = database.inTransaction(connection, what, stage);
            H2DatasetImport started = new H2DatasetImport(
                    database,
                    datasets,
                    chunks,
                    connection,
                    new H2DatasetImport.StagedDataset(id, name, draftColumns),
                    publication,
                    running::remove);
            running.add(started);
            return started;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** A new dataset: its final columns replace the draft's, and its own row flips to READY. */
    private Dataset publishNew(Connection c, long id, long rows, List<Column> revised, String name)
            throws SQLException {
        if (revised != null) {
            columns.replaceAll(c, id, revised);
        }
        if (!datasets.markReady(c, id, rows, Instant.now())) {
            throw new StoreException("The import of '" + name
                    + "' was cancelled because its workspace was closed; import the file again");
        }
        return datasets.findReady(c, id).orElseThrow();
    }

    @Override
    public String[] readColumn(Dataset dataset, Column column) {
        Column stored = storedColumn(dataset, column);
        if (dataset.rows() > Integer.MAX_VALUE - 8) {
            throw new StoreException("Dataset '" + dataset.name() + "' has too many rows to read one column at once");
        }
        String[] cells = new String[(int) dataset.rows()];
        List<byte[]> data = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        long declared = database.inTransaction("read column '" + stored.key() + "' of '" + dataset.name() + "'", c -> {
            if (!datasets.isReady(c, dataset.id())) {
                throw missing(dataset);
            }
            long[] offset = {0};
            chunks.readColumn(c, dataset.id(), stored.position(), (rows, chunk) -> {
                offsets.add((int) Math.min(offset[0], cells.length));
                data.add(chunk);
                offset[0] += rows;
            });
            return offset[0];
        });
        if (declared != cells.length || !decodeAll(data, offsets, cells)) {
            throw new StoreException("The workspace is damaged: column '" + stored.key() + "' of '" + dataset.name()
                    + "' does not hold its " + cells.length + " rows. Delete the dataset and import it again.");
        }
        return cells;
    }

    /**
     * Decodes the chunks into their places, on all cores (each fills its own range of {@code cells}); false when one
     * holds another number of rows than its place has room for. Equal dictionary values of different chunks become one
     * instance, so a consumer can remember per instance what it worked out.
     */
    private boolean decodeAll(List<byte[]> data, List<Integer> offsets, String[] cells) {
        Map<String, String> shared = new ConcurrentHashMap<>();
        return IntStream.range(0, data.size()).parallel().allMatch(k -> {
            int end = k + 1 < offsets.size() ? offsets.get(k + 1) : cells.length;
            return codec.decodeInto(data.get(k), cells, offsets.get(k), shared) == end - offsets.get(k);
        });
    }

    @Override
    public Dataset updateColumn(Dataset dataset, Column column) {
        storedColumn(dataset, column);
        return database.inTransaction("save column '" + column.key() + "' of '" + dataset.name() + "'", c -> {
            if (!columns.updateQuestion(c, dataset.id(), column)) {
                throw missing(dataset);
            }
            return datasets.findReady(c, dataset.id()).orElseThrow(() -> missing(dataset));
        });
    }

    @Override
    public Dataset putDerivedColumns(Dataset dataset, List<DerivedColumn> derived) {
        Objects.requireNonNull(dataset, "dataset");
        return database.inTransaction(
                "save computed columns of '" + dataset.name() + "'", c -> derivedStore.put(c, dataset, derived));
    }

    @Override
    public Map<String, String> derivedColumns(Dataset dataset) {
        return database.inTransaction(
                "list computed columns of '" + dataset.name() + "'", c -> derivedStore.list(c, dataset));
    }

    @Override
    public void delete(Dataset dataset) {
        database.inTransaction("delete dataset '" + dataset.name() + "'", c -> datasets.delete(c, dataset.id()));
    }

    /** Discards imports still running when the workspace closes. */
    @Override
    public void close() {
        List<StoreException> failures = new ArrayList<>();
        for (H2DatasetImport unfinished : List.copyOf(running)) {
            try {
                unfinished.close();
            } catch (StoreException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
    }

    /** The column as this dataset stores it; refuses a column that belongs to another dataset or version. */
    private static Column storedColumn(Dataset dataset, Column column) {
        int position = column.position();
        if (position < 0
                || position >= dataset.columns().size()
                || !dataset.columns().get(position).key().equals(column.key())) {
            throw new IllegalArgumentException(
                    "Column '" + column.key() + "' is not column " + position + " of dataset '" + dataset.name() + "'");
        }
        return dataset.columns().get(position);
    }

    private static void refuseTakenName(Optional<String> status, String name) {
        if (status.isEmpty()) {
            return;
        }
        if ("READY".equals(status.get())) {
            throw new StoreException("A dataset named " + name + " already exists; choose another name");
        }
        throw new StoreException(
                "A dataset named " + name + " is being imported right now; wait for it or choose " + "another name");
    }

    private static StoreException missing(Dataset dataset) {
        return new StoreException("Dataset '" + dataset.name() + "' no longer exists in this workspace");
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The start of the import already failed; that error is the one the user needs.
        }
    }
}
