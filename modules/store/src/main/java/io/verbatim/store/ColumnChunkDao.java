package io.verbatim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The {@code column_chunk} table: encoded runs of cells, written once by an import and read a column at a time. */
final class ColumnChunkDao {

    /** Receives the chunks of one column in row order. */
    @FunctionalInterface
    interface ChunkVisitor {
        void accept(int rows, byte[] data);
    }

    /** A chunk's number and its rows (the same in every column of a dataset). */
    record ChunkSize(int chunkNo, int rows) {}

    /** Inserts chunk {@code chunkNo} of every column (list index = column position) as one batch. */
    void insert(Connection connection, long datasetId, int chunkNo, int rows, List<byte[]> columns)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO column_chunk (dataset_id, position, chunk_no, row_count, data) VALUES (?, ?, ?, ?, ?)")) {
            for (int position = 0; position < columns.size(); position++) {
                insert.setLong(1, datasetId);
                insert.setInt(2, position);
                insert.setInt(3, chunkNo);
                insert.setInt(4, rows);
                insert.setBytes(5, columns.get(position));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Inserts one chunk of one column. */
    void insertOne(Connection connection, long datasetId, int position, int chunkNo, int rows, byte[] data)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO column_chunk (dataset_id, position, chunk_no, row_count, data) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, datasetId);
            insert.setInt(2, position);
            insert.setInt(3, chunkNo);
            insert.setInt(4, rows);
            insert.setBytes(5, data);
            insert.executeUpdate();
        }
    }

    /** The chunks of a dataset in order, counted on its first column (all columns close their chunks together). */
    List<ChunkSize> sizes(Connection connection, long datasetId) throws SQLException {
        List<ChunkSize> sizes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                """
                SELECT chunk_no, row_count FROM column_chunk
                WHERE dataset_id = ? AND position = 0 ORDER BY chunk_no""")) {
            select.setLong(1, datasetId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sizes.add(new ChunkSize(rows.getInt(1), rows.getInt(2)));
                }
            }
        }
        return sizes;
    }

    /**
     * Re-homes every chunk of one column to another dataset and position, numbering them on from {@code chunkOffset};
     * the bytes are not decoded.
     */
    void move(
            Connection connection, long fromDataset, int fromPosition, long toDataset, int toPosition, int chunkOffset)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                """
                UPDATE column_chunk SET dataset_id = ?, position = ?, chunk_no = chunk_no + ?
                WHERE dataset_id = ? AND position = ?""")) {
            update.setLong(1, toDataset);
            update.setInt(2, toPosition);
            update.setInt(3, chunkOffset);
            update.setLong(4, fromDataset);
            update.setInt(5, fromPosition);
            update.executeUpdate();
        }
    }

    /** Visits the last chunk of one column, if it has any. */
    void readLast(Connection connection, long datasetId, int position, ChunkVisitor visitor) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                """
                SELECT row_count, data FROM column_chunk
                WHERE dataset_id = ? AND position = ? ORDER BY chunk_no DESC FETCH FIRST ROW ONLY""")) {
            select.setLong(1, datasetId);
            select.setInt(2, position);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    visitor.accept(rows.getInt(1), rows.getBytes(2));
                }
            }
        }
    }

    void readColumn(Connection connection, long datasetId, int position, ChunkVisitor visitor) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                """
                SELECT row_count, data FROM column_chunk
                WHERE dataset_id = ? AND position = ? ORDER BY chunk_no""")) {
            select.setLong(1, datasetId);
            select.setInt(2, position);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    visitor.accept(rows.getInt(1), rows.getBytes(2));
                }
            }
        }
    }

    /**
     * Replaces every chunk of one column by {@code rewrite} of it ({@code rewrite} must be safe to call from several
     * threads at once). The column's chunks are read first and then updated, so the caller holds one column's
     * compressed bytes, never the dataset's.
     */
    void rewriteColumn(Connection connection, long datasetId, int position, UnaryOperator<byte[]> rewrite)
            throws SQLException {
        Map<Integer, byte[]> chunks = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT chunk_no, data FROM column_chunk WHERE dataset_id = ? AND position = ? ORDER BY chunk_no")) {
            select.setLong(1, datasetId);
            select.setInt(2, position);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    chunks.put(rows.getInt(1), rows.getBytes(2));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE column_chunk SET data = ? WHERE dataset_id = ? AND position = ? AND chunk_no = ?")) {
            // The chunks are independent, so they are rewritten on all cores; the import's reading is over by now.
            Map<Integer, byte[]> rewritten = new java.util.concurrent.ConcurrentHashMap<>();
            chunks.entrySet().parallelStream().forEach(c -> rewritten.put(c.getKey(), rewrite.apply(c.getValue())));
            for (Map.Entry<Integer, byte[]> chunk : chunks.entrySet()) {
                update.setBytes(1, rewritten.get(chunk.getKey()));
                update.setLong(2, datasetId);
                update.setInt(3, position);
                update.setInt(4, chunk.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
