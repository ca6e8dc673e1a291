package io.verbatim.store;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Collects appended rows column by column and hands full chunks to a {@link ChunkSink}, so an import holds at most one
 * chunk per column in memory whatever the size of the file.
 *
 * <p>A chunk closes at {@code chunkRows} rows, or earlier when the buffered text passes {@code charBudget}
 * characters: long free-text answers would otherwise make 65,536 rows weigh hundreds of megabytes. All columns close
 * together, so chunk {@code n} covers the same rows in every column.
 */
final class ChunkedColumnWriter {

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
    private final String[][] buffers;
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
    }

    /** Copies the cells (the caller may reuse the array); null cells become blank. */
    void append(String[] cells) {
        if (cells.length != buffers.length) {
            throw new IllegalArgumentException("Row " + (rows + 1) + " has " + cells.length
                    + " cells but the dataset has " + buffers.length + " columns");
        }
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c] == null ? "" : cells[c];
            buffers[c][buffered] = cell;
            bufferedChars += cell.length();
        }
        buffered++;
        rows++;
        if (buffered == chunkRows || bufferedChars >= charBudget) {
            flush();
        }
    }

    /** Hands over the partial chunk, if any. */
    void flush() {
        if (buffered == 0) {
            return;
        }
        int rowsInChunk = buffered;
        // Columns encode independently, so they share the cores; the codec keeps no state between calls.
        List<byte[]> encoded = IntStream.range(0, buffers.length)
                .parallel()
                .mapToObj(c -> codec.encode(buffers[c], rowsInChunk))
                .toList();
        for (String[] column : buffers) {
            // Drop references now so the strings of this chunk can be collected while the next one fills.
            Arrays.fill(column, 0, rowsInChunk, null);
        }
        sink.write(nextChunkNo, buffered, encoded);
        nextChunkNo++;
        buffered = 0;
        bufferedChars = 0;
    }

    long rows() {
        return rows;
    }
}
