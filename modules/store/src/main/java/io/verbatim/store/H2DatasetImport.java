package io.verbatim.store;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.ImportRevision;
import io.verbatim.domain.port.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One running import into a STAGING dataset.
 *
 * <p>Each full chunk is committed in its own short transaction, so neither H2 nor the heap ever holds the whole file;
 * the STAGING status, not an open transaction, is what keeps the rows invisible. {@link #commit(ImportRevision)} first
 * applies the importer's revision (value rewrites chunk by chunk, still invisible), then one small transaction, its
 * {@link Publication}, makes the rows visible: a new dataset replaces its columns' metadata and flips to READY, an
 * appended wave moves its chunks into the dataset it extends ({@link WaveMerge}). If the process dies half-way, the next {@link Workspace#open}
 * sweeps the STAGING rows away. Meant to be driven by one thread at a time (the import job); chunks are encoded and
 * stored on the writer's background thread.
 */
final class H2DatasetImport implements DatasetImport {

    private enum State {
        OPEN,
        FAILED,
        COMMITTED,
        DISCARDED
    }

    private final WorkspaceDatabase database;
    private final DatasetDao datasets;
    private final ColumnChunkDao chunks;
    private final Connection connection;
    private final long datasetId;
    private final String name;
    private final List<Column> draftColumns;
    private final ColumnChunkCodec codec = new ColumnChunkCodec();
    private final ChunkedColumnWriter writer;
    private final Publication publication;
    private final Consumer<H2DatasetImport> onFinished;
    private State state = State.OPEN;

    H2DatasetImport(
            WorkspaceDatabase database,
            DatasetDao datasets,
            ColumnChunkDao chunks,
            Connection connection,
            StagedDataset staged,
            Publication publication,
            Consumer<H2DatasetImport> onFinished) {
        this.database = database;
        this.datasets = datasets;
        this.chunks = chunks;
        this.connection = connection;
        this.datasetId = staged.id();
        this.name = staged.name();
        this.draftColumns = staged.columns();
        this.publication = publication;
        this.onFinished = onFinished;
        this.writer = new ChunkedColumnWriter(draftColumns.size(), codec, this::writeChunk);
    }

    /**
     * What {@link H2DatasetRepository#beginImport} created: the staging row's id, the name the user knows the import
     * by, and the draft's columns.
     */
    record StagedDataset(long id, String name, List<Column> columns) {}

    @Override
    public void append(String[] cells) {
        requireOpen();
        try {
            writer.append(cells);
        } catch (StoreException e) {
            state = State.FAILED;
            throw e;
        }
    }

    @Override
    public long rows() {
        return writer.rows();
    }

    @Override
    public synchronized Dataset commit(ImportRevision revision) {
        requireOpen();
        if (revision != null) {
            revision.requireSameShape(draftColumns);
        }
        Dataset dataset;
        try {
            writer.finish();
            if (revision != null) {
                revision.rewrites().forEach(this::rewriteColumn);
            }
            dataset = database.inTransaction(
                    connection,
                    "finish importing dataset '" + name + "'",
                    c -> publication.publish(
                            c, datasetId, writer.rows(), revision == null ? null : revision.columns()));
        } catch (StoreException e) {
            state = State.FAILED;
            throw e;
        }
        // Only now is the dataset visible; from here on nothing may send close() down the discard path.
        state = State.COMMITTED;
        release();
        return dataset;
    }

    private void rewriteColumn(int position, UnaryOperator<String> rewrite) {
        String column = draftColumns.get(position).key();
        database.inTransaction(connection, "rewrite column '" + column + "' of dataset '" + name + "'", c -> {
            chunks.rewriteColumn(c, datasetId, position, chunk -> codec.rewrite(chunk, rewrite));
            return null;
        });
    }

    @Override
    public synchronized void close() {
        if (state == State.COMMITTED || state == State.DISCARDED) {
            return;
        }
        state = State.DISCARDED;
        // The writer's thread may still be storing a chunk through this connection: let it end first.
        writer.close();
        try {
            database.inTransaction(
                    connection, "discard the unfinished import of '" + name + "'", c -> datasets.delete(c, datasetId));
        } finally {
            release();
        }
    }

    private void writeChunk(int chunkNo, int rows, List<byte[]> columns) {
        database.inTransaction(connection, "store rows of dataset '" + name + "'", c -> {
            chunks.insert(c, datasetId, chunkNo, rows, columns);
            return null;
        });
    }

    private void requireOpen() {
        switch (state) {
            case OPEN -> {}
            case FAILED -> throw new IllegalStateException("The import of '" + name + "' failed earlier; close it");
            case COMMITTED -> throw new IllegalStateException("The import of '" + name + "' is already committed");
            case DISCARDED -> throw new IllegalStateException("The import of '" + name + "' was closed");
            default -> throw new IllegalStateException("Unknown import state " + state);
        }
    }

    private void release() {
        writer.close();
        try {
            connection.close();
        } catch (SQLException e) {
            throw database.failure("release the import's connection", e);
        } finally {
            onFinished.accept(this);
        }
    }
}
