package io.verbatim.ingest.append;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.port.DatasetRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the rows of a new wave the dataset already has from the new ones. By id: the dataset's id column is read once
 * into a hash set (a million ids take a few tens of megabytes, and nothing else of the dataset is read). Without an id
 * column: each existing row's fingerprint over the columns the dataset and the file share, read a column at a time
 * into a sorted array. Rows with a blank id are always new: nothing says they repeat one.
 */
final class DuplicateFilter {

    /** The system column the store numbers waves in; never part of a row's identity. */
    static final String WAVE_KEY = "_wave";

    private final Set<String> existingIds;
    private final long[] existingFingerprints;
    private final int idPosition;
    private final int[] sharedPositions;
    private final String[] sharedKeys;

    private DuplicateFilter(
            Set<String> existingIds,
            long[] existingFingerprints,
            int idPosition,
            int[] sharedPositions,
            String[] sharedKeys) {
        this.existingIds = existingIds;
        this.existingFingerprints = existingFingerprints;
        this.idPosition = idPosition;
        this.sharedPositions = sharedPositions;
        this.sharedKeys = sharedKeys;
    }

    /** Reads what identifies the dataset's rows: its id column, or else a fingerprint of each row. */
    static DuplicateFilter read(DatasetRepository repository, Dataset target, DatasetDraft draft, String idKey) {
        Map<String, Column> inDraft = new HashMap<>();
        draft.columns().forEach(c -> inDraft.put(fold(c.key()), c));
        if (idKey != null) {
            Column id = target.column(idKey).orElseThrow();
            Set<String> ids = HashSet.newHashSet((int) Math.min(target.rows(), Integer.MAX_VALUE - 8));
            for (String cell : repository.readColumn(target, id)) {
                if (!cell.isBlank()) {
                    ids.add(cell.strip());
                }
            }
            return new DuplicateFilter(ids, null, inDraft.get(fold(idKey)).position(), null, null);
        }
        List<Column> shared = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (Column column : target.columns()) {
            Column match = inDraft.get(fold(column.key()));
            if (match != null && !fold(column.key()).equals(WAVE_KEY)) {
                shared.add(column);
                positions.add(match.position());
            }
        }
        long[] fingerprints = new long[(int) target.rows()];
        for (Column column : shared) {
            String key = fold(column.key());
            String[] cells = repository.readColumn(target, column);
            for (int row = 0; row < cells.length; row++) {
                fingerprints[row] = RowFingerprint.add(fingerprints[row], key, cells[row]);
            }
        }
        Arrays.sort(fingerprints);
        return new DuplicateFilter(
                null,
                fingerprints,
                -1,
                positions.stream().mapToInt(Integer::intValue).toArray(),
                shared.stream().map(c -> fold(c.key())).toArray(String[]::new));
    }

    /** A fresh pass over a file: remembers the rows it admits, so a row repeated within the file is kept once. */
    Pass pass() {
        return new Pass();
    }

    /** One reading of the wave's file. */
    final class Pass {

        private final Set<Object> admitted = new HashSet<>();

        /** True when the row is new to the dataset and to this file so far. */
        boolean admit(String[] cells) {
            if (existingIds != null) {
                String id = cells[idPosition] == null ? "" : cells[idPosition].strip();
                return id.isEmpty() || (!existingIds.contains(id) && admitted.add(id));
            }
            long fingerprint = 0;
            for (int i = 0; i < sharedPositions.length; i++) {
                fingerprint = RowFingerprint.add(fingerprint, sharedKeys[i], cells[sharedPositions[i]]);
            }
            return Arrays.binarySearch(existingFingerprints, fingerprint) < 0 && admitted.add(fingerprint);
        }
    }

    static String fold(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
