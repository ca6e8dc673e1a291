package io.verbatim.store;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DerivedColumn;
import io.verbatim.domain.port.StoreException;
import io.verbatim.store.ColumnChunkDao.ChunkSize;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes and lists derived columns (V3__derived_columns.sql). A derived column's cells are cut into the dataset's own
 * chunk sizes, so chunk {@code n} still covers the same rows in every column, and are written in the caller's
 * transaction with the column rows; replacing one deletes its chunks first. The dataset's time stamp moves on, so a
 * cache keyed by the dataset (the cube) sees it changed.
 */
final class DerivedColumnStore {

    private final DatasetDao datasets;
    private final ColumnDao columns;
    private final ColumnChunkDao chunks;
    private final ColumnChunkCodec codec;

    DerivedColumnStore(DatasetDao datasets, ColumnDao columns, ColumnChunkDao chunks, ColumnChunkCodec codec) {
        this.datasets = datasets;
        this.columns = columns;
        this.chunks = chunks;
        this.codec = codec;
    }

    Dataset put(Connection c, Dataset dataset, List<DerivedColumn> derived) throws SQLException {
        long rows = datasets.lockReady(c, dataset.id())
                .orElseThrow(() -> new StoreException("Dataset '" + dataset.name() + "' no longer exists"));
        List<Column> existing = columns.findForDataset(c, dataset.id());
        Map<Integer, String> derivedNow = sources(c, dataset.id());
        Map<String, Column> byKey = new HashMap<>();
        existing.forEach(column -> byKey.put(fold(column.key()), column));
        List<ChunkSize> sizes = chunks.sizes(c, dataset.id());
        int next = existing.size();
        for (DerivedColumn column : derived) {
            if (column.cells().length != rows) {
                throw new StoreException("Dataset '" + dataset.name() + "' has " + rows + " rows but "
                        + column.cells().length + " values were computed for '" + column.key()
                        + "'; it changed meanwhile: run the command again");
            }
            Column match = byKey.get(fold(column.key()));
            int position;
            if (match == null) {
                position = next++;
            } else if (derivedNow.containsKey(match.position())) {
                position = match.position();
                delete(c, dataset.id(), position);
            } else {
                throw new StoreException("Column '" + match.key() + "' of '" + dataset.name()
                        + "' came from the imported file and is never replaced; choose another name");
            }
            Column stored = new Column(position, column.key(), column.label(), column.type(), null);
            byKey.put(fold(column.key()), stored);
            columns.insert(c, dataset.id(), List.of(stored));
            writeCells(c, dataset.id(), position, sizes, column.cells());
            recordSource(c, dataset.id(), position, column.source());
        }
        datasets.addRows(c, dataset.id(), 0, Instant.now());
        return datasets.findReady(c, dataset.id()).orElseThrow();
    }

    /** Derived column keys with their source keys, in position order. */
    Map<String, String> list(Connection c, Dataset dataset) throws SQLException {
        Map<Integer, String> sources = sources(c, dataset.id());
        Map<String, String> keys = new LinkedHashMap<>();
        for (Column column : columns.findForDataset(c, dataset.id())) {
            String source = sources.get(column.position());
            if (source != null) {
                keys.put(column.key(), source);
            }
        }
        return keys;
    }

    private void writeCells(Connection c, long id, int position, List<ChunkSize> sizes, String[] cells)
            throws SQLException {
        int from = 0;
        List<byte[]> encoded = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (ChunkSize size : sizes) {
            spans.add(new int[] {from, size.rows()});
            from += size.rows();
        }
        // Chunks are independent: encode them on all cores, then insert them in order.
        spans.parallelStream().map(span -> encodeSpan(cells, span)).forEachOrdered(encoded::add);
        for (int k = 0; k < sizes.size(); k++) {
            chunks.insertOne(
                    c, id, position, sizes.get(k).chunkNo(), sizes.get(k).rows(), encoded.get(k));
        }
    }

    private byte[] encodeSpan(String[] cells, int[] span) {
        String[] part = Arrays.copyOfRange(cells, span[0], span[0] + span[1]);
        for (int i = 0; i < part.length; i++) {
            if (part[i] == null) {
                part[i] = "";
            }
        }
        return codec.encode(part, part.length);
    }

    private static void delete(Connection c, long id, int position) throws SQLException {
        for (String sql : List.of(
                "DELETE FROM column_chunk WHERE dataset_id = ? AND position = ?",
                "DELETE FROM dataset_column WHERE dataset_id = ? AND position = ?")) {
            try (PreparedStatement delete = c.prepareStatement(sql)) {
                delete.setLong(1, id);
                delete.setInt(2, position);
                delete.executeUpdate();
            }
        }
    }

    private static void recordSource(Connection c, long id, int position, String source) throws SQLException {
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO derived_column (dataset_id, position, source_key) VALUES (?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setInt(2, position);
            insert.setString(3, source);
            insert.executeUpdate();
        }
    }

    private static Map<Integer, String> sources(Connection c, long id) throws SQLException {
        Map<Integer, String> sources = new HashMap<>();
        try (PreparedStatement select =
                c.prepareStatement("SELECT position, source_key FROM derived_column WHERE dataset_id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sources.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return sources;
    }

    private static String fold(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
