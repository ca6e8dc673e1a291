package io.verbatim.store;

/**
 * Swaps a cell for an equal one already buffered in the same column, so that a column of a few distinct answers holds a
 * few string objects instead of one per row.
 *
 * <p>The parser makes a new string for every cell; a buffered chunk keeps them alive until it is encoded, long enough
 * for the garbage collector to copy them from young space more than once. Replacing each repeat with the earlier
 * instance lets the new one die at once, and leaves the encoder strings whose hash is already computed. A small
 * direct-mapped table per column is enough: regions, channels and scores hit it almost every time. A column whose
 * values hardly repeat (ids, timestamps) stops looking for the rest of the chunk, so it pays for a few thousand hashes,
 * not a million.
 */
final class RepeatedCells {

    private static final int SLOTS = 1024;
    /** Rows of a chunk after which a column that mostly missed stops looking. */
    private static final int TRIAL_ROWS = 2048;

    private final String[][] recent;
    private final int[] misses;
    private final boolean[] skipped;
    private int rows;

    RepeatedCells(int columns) {
        this.recent = new String[columns][SLOTS];
        this.misses = new int[columns];
        this.skipped = new boolean[columns];
    }

    /** The cell itself, or an equal instance seen earlier in this column. */
    String canonical(int column, String cell) {
        if (skipped[column]) {
            return cell;
        }
        String[] slots = recent[column];
        int slot = cell.hashCode() & (SLOTS - 1);
        String seen = slots[slot];
        if (cell.equals(seen)) {
            return seen;
        }
        slots[slot] = cell;
        misses[column]++;
        return cell;
    }

    /** Counts a row; after the trial rows, columns that missed more than half the time stop looking. */
    void rowDone() {
        if (++rows == TRIAL_ROWS) {
            for (int c = 0; c < misses.length; c++) {
                skipped[c] = misses[c] * 2 > TRIAL_ROWS;
            }
        }
    }

    /** Starts a chunk: every column looks again (a later part of a file may repeat more). */
    void newChunk() {
        rows = 0;
        java.util.Arrays.fill(misses, 0);
        java.util.Arrays.fill(skipped, false);
    }
}
