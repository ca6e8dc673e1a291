package io.verbatim.ingest.append;

import io.verbatim.ingest.ImportResult;

/**
 * The outcome of appending a wave to a dataset.
 *
 * @param result the dataset with the wave in it; {@code rowsLoaded} counts the rows appended
 * @param duplicatesSkipped rows of the file left out because the dataset (or an earlier row of the same file) already
 *     had their source id
 * @param idColumn the key of the column that identifies a row, or null when rows were compared whole
 */
public record AppendResult(ImportResult result, long duplicatesSkipped, String idColumn) {

    /** True when there was no id column and rows were compared by a fingerprint of all their shared cells. */
    public boolean byWholeRow() {
        return idColumn == null;
    }
}
