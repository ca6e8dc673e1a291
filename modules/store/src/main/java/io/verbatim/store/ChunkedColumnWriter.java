package io.verbatim.store;

import io.verbatim.domain.port.StoreException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Collects appended rows column by column and hands full chunks to a {@link ChunkSink}, so an import holds at most two
 * chunks per column in memory whatever the size of the file.
 *
 * <p>A chunk closes at {@code chunkRows} rows, or earlier when the buffered text passes {@code charBudget}
 * characters: long free-text answers would otherwise make 65,536 rows weigh hundreds of megabytes. All columns close
 * together, so chunk {@code n} covers the same rows in every column.
 *
 * <p>A closed chunk is encoded and handed to the sink on a background thread while the caller goes on reading its
 * file into a second set of buffers: reading and parsing keep one core busy, encoding and storing the other. At most
 * one chunk is in flight; the next hand-over waits for it, so a slow sink slows the reader instead of filling the
 * heap. The sink is only ever called from that one thread, in chunk order, and an error it throws comes back to the
 * caller on its next {@link #append}, {@link #finish} or {@link #close}.
 */
final class ChunkedColumnWriter implements AutoCloseable {

    /** Receives one encoded chunk per column, in position order. */
    @FunctionalInterface
    interface ChunkSink {
        void write(int chunkNo, int rows, List<byte[]> columns);
    }

    static final int DEFAULT_CHUNK_ROWS = 65_536;
    static final long DEFAULT_CHAR_BUDGET = 16L * 1024 * 1024;

    private final ColumnChunkCodec codec;
    private final ChunkSink sink;
    private final int chunkRows;
    private final long charBudget;
    private final ExecutorService encoder;
    private final RepeatedCells repeats;
    private String[][] buffers;
    private String[][] spare;
    private Future<?> inFlight;
    private int buffered;
    private long bufferedChars;
    private int nextChunkNo;
    private long rows;

    ChunkedColumnWriter(int columns, ColumnChunkCodec codec, ChunkSink sink) {
        this(columns, codec, sink, DEFAULT_CHUNK_ROWS, DEFAULT_CHAR_BUDGET);
    }

    ChunkedColumnWriter(int columns, ColumnChunkCodec codec, ChunkSink sink, int chunkRows, long charBudget) {
        if (chunkRows < 1 || charBudget < 1) {
            throw new IllegalArgumentException("chunkRows and charBudget must be positive");
        }
        this.codec = codec;
        this.sink = sink;
        this.chunkRows = chunkRows;
        this.charBudget = charBudget;
        this.buffers = new String[columns][chunkRows];
        this.spare = new String[columns][chunkRows];
        this.repeats = new RepeatedCells(columns);
        this.encoder = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "verbatim-chunk-encoder");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Copies the cells (the caller may reuse the array); null cells become blank. */
    void append(String[] cells) {
        if (cells.length != buffers.length) {
            throw new IllegalArgumentException("Row " + (rows + 1) + " has " + cells.length
                    + " cells but the dataset has " + buffers.length + " columns");
        }
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c] == null ? "" : repeats.canonical(c, cells[c]);
            buffers[c][buffered] = cell;
            bufferedChars += cell.length();
        }
        repeats.rowDone();
        buffered++;
        rows++;
        if (buffered == chunkRows || bufferedChars >= charBudget) {
            handOver();
        }
    }

    /** Hands over the partial chunk, if any, and waits until every chunk is in the sink. */
    void finish() {
        handOver();
        awaitInFlight();
    }

    long rows() {
        return rows;
    }

    /** Waits for the chunk in flight (its error, if any, is dropped: the caller is already failing) and stops. */
    @Override
    public void close() {
        try {
            awaitInFlight();
        } catch (RuntimeException e) {
            // Closing after a failure: the first error is the one the caller reports.
        } finally {
            encoder.shutdownNow();
        }
    }

    private void handOver() {
        if (buffered == 0) {
            return;
        }
        awaitInFlight();
        String[][] full = buffers;
        buffers = spare;
        spare = full;
        int rowsInChunk = buffered;
        int chunkNo = nextChunkNo++;
        buffered = 0;
        bufferedChars = 0;
        repeats.newChunk();
        inFlight = encoder.submit(() -> encodeAndWrite(full, chunkNo, rowsInChunk));
    }

    private void encodeAndWrite(String[][] columns, int chunkNo, int rowsInChunk) {
        // Columns encode independently, so they also use whatever core the reader leaves idle.
        List<byte[]> encoded = IntStream.range(0, columns.length)
                .parallel()
                .mapToObj(c -> codec.encode(columns[c], rowsInChunk))
                .toList();
        for (String[] column : columns) {
            // Drop references now so the strings of this chunk can be collected while the next one fills.
            Arrays.fill(column, 0, rowsInChunk, null);
        }
        sink.write(chunkNo, rowsInChunk, encoded);
    }

    /**
     * Waits for the chunk in flight without giving up on an interrupt: the encoder thread is using the import's
     * connection, and nothing may delete the staging rows under it. The interrupt is kept for the caller to see.
     */
    private void awaitInFlight() {
        Future<?> pending = inFlight;
        if (pending == null) {
            return;
        }
        inFlight = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    pending.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw unwrap(e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException unwrap(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
            return failure;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new StoreException("Storing rows failed: " + e.getCause(), e.getCause());
    }
}
