package io.verbatim.store;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.StoreException;
import io.verbatim.store.ColumnChunkDao.ChunkSize;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Publishes an appended wave: in one transaction, the wave's staged chunks move under the dataset it extends, so the
 * new rows become visible together with the old ones or not at all (docs/decisions/0019-append-waves.md).
 *
 * <p>Chunks are moved, not decoded: a wave costs what its own rows cost, whatever the size of the dataset. Columns
 * are matched by key. A column the dataset lacks is added, with blank chunks for the earlier rows; a dataset column
 * the wave lacks gets blank chunks for the new rows; the dataset's own columns keep their types and questions. The
 * system column {@value #WAVE_KEY} numbers the imports that brought each row (1 for the rows there before the first
 * append), so a later comparison can split a dataset by wave.
 */
final class WaveMerge {

    /** The key of the column that records which import (wave) each row came from. */
    static final String WAVE_KEY = "_wave";

    private final DatasetDao datasets;
    private final ColumnDao columns;
    private final ColumnChunkDao chunks;
    private final ColumnChunkCodec codec;
    private final Dataset target;
    private final List<Column> draft;
    private final Map<String, byte[]> constantChunks = new HashMap<>();

    WaveMerge(
            DatasetDao datasets,
            ColumnDao columns,
            ColumnChunkDao chunks,
            ColumnChunkCodec codec,
            Dataset target,
            List<Column> draft) {
        this.datasets = datasets;
        this.columns = columns;
        this.chunks = chunks;
        this.codec = codec;
        this.target = target;
        this.draft = List.copyOf(draft);
    }

    /** A {@link Publication}: moves the staged wave into the target and deletes the staging row. */
    Dataset publish(Connection c, long stagingId, long rows, List<Column> revised) throws SQLException {
        long id = target.id();
        if (datasets.lockReady(c, id).isEmpty()) {
            throw new StoreException("Dataset '" + target.name()
                    + "' was deleted while the new wave was read; import the file as a new dataset");
        }
        List<Column> existing = columns.findForDataset(c, id);
        List<Column> staged = revised == null ? draft : revised;
        Map<String, Column> byKey = new HashMap<>();
        existing.forEach(column -> byKey.put(fold(column.key()), column));
        List<Column> added = new ArrayList<>();
        int[] positions = new int[staged.size()];
        for (Column column : staged) {
            if (fold(column.key()).equals(WAVE_KEY)) {
                throw new StoreException("The new wave has a column named " + WAVE_KEY
                        + ", which Verbatim keeps for the wave number; rename that column in the file");
            }
            Column match = byKey.get(fold(column.key()));
            if (match == null) {
                match = new Column(
                        existing.size() + added.size(), column.key(), column.label(), column.type(), column.question());
                added.add(match);
            }
            positions[column.position()] = match.position();
        }
        Column wave = byKey.get(WAVE_KEY);
        boolean firstAppend = wave == null;
        if (firstAppend) {
            wave = new Column(existing.size() + added.size(), WAVE_KEY, "Wave", ValueType.NUMBER, null);
            added.add(wave);
        }
        List<ChunkSize> before = chunks.sizes(c, id);
        List<ChunkSize> wavesChunks = chunks.sizes(c, stagingId);
        int offset = before.isEmpty() ? 0 : before.getLast().chunkNo() + 1;
        String waveNo = Long.toString(firstAppend ? 2 : lastWave(c, wave) + 1);

        for (int p = 0; p < positions.length; p++) {
            chunks.move(c, stagingId, p, id, positions[p], offset);
        }
        Set<Integer> filled = new HashSet<>(Arrays.stream(positions).boxed().toList());
        for (Column column : existing) {
            if (!filled.contains(column.position()) && column != wave) {
                fill(c, column.position(), wavesChunks, offset, "");
            }
        }
        for (Column column : added) {
            if (column != wave) {
                fill(c, column.position(), before, 0, "");
            }
        }
        if (firstAppend) {
            fill(c, wave.position(), before, 0, "1");
        }
        fill(c, wave.position(), wavesChunks, offset, waveNo);

        columns.insert(c, id, added);
        datasets.addRows(c, id, rows, Instant.now());
        datasets.delete(c, stagingId);
        return datasets.findReady(c, id).orElseThrow();
    }

    /** Writes one chunk per size into a column, every cell {@code value}. */
    private void fill(Connection c, int position, List<ChunkSize> sizes, int offset, String value) throws SQLException {
        for (ChunkSize size : sizes) {
            byte[] data = constantChunks.computeIfAbsent(value + "\u0000" + size.rows(), k -> {
                String[] cells = new String[size.rows()];
                Arrays.fill(cells, value);
                return codec.encode(cells, cells.length);
            });
            chunks.insertOne(c, target.id(), position, size.chunkNo() + offset, size.rows(), data);
        }
    }

    /** The wave of the dataset's last row: waves only ever append, so it is the highest. */
    private long lastWave(Connection c, Column wave) throws SQLException {
        long[] last = {1};
        chunks.readLast(c, target.id(), wave.position(), (rows, data) -> {
            String[] cells = new String[rows];
            codec.decodeInto(data, cells, 0);
            if (rows > 0) {
                try {
                    last[0] = Long.parseLong(cells[rows - 1].strip());
                } catch (NumberFormatException e) {
                    throw new StoreException("The workspace is damaged: the " + WAVE_KEY + " column of '"
                            + target.name() + "' holds '" + cells[rows - 1] + "'");
                }
            }
        });
        return last[0];
    }

    private static String fold(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
