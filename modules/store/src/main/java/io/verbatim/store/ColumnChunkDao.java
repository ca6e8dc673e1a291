package io.verbatim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The {@code column_chunk} table: encoded runs of cells, written once by an import and read a column at a time. */
final class ColumnChunkDao {

    /** Receives the chunks of one column in row order. */
    @FunctionalInterface
    interface ChunkVisitor {
        void accept(int rows, byte[] data);
    }

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
}
