package io.verbatim.ingest.source;

import java.util.Arrays;

/**
 * Makes cell strings from a parse buffer (of characters, or of bytes in an ASCII-compatible encoding), returning an
 * earlier equal string of the same column instead of a new one when there is one in a small direct-mapped table (1,024
 * slots a column). A reader uses one kind of buffer throughout.
 *
 * <p>Columns whose cells hardly repeat (ids, timestamps, free text) would pay a hash for nothing, so every block of
 * {@value #BLOCK_ROWS} rows starts with a trial of {@value #TRIAL_ROWS} rows, after which a column that missed more
 * often than it hit makes plain strings until the next block. Whatever the column, a cell holding a NUL character
 * is reported (null) rather than made.
 */
final class RepeatedText {

    private static final int SLOTS = 1024;
    private static final int TRIAL_ROWS = 2048;
    private static final int BLOCK_ROWS = 65_536;
    /** Longer cells are free text, which seldom repeats (a column of it goes plain after its trial anyway). */
    private static final int LONGEST = 256;
    /** Columns past this many are made plainly, so that a very wide file does not fill the heap with tables. */
    private static final int COLUMNS = 256;

    private String[][] strings = new String[0][];
    private char[][][] chars = new char[0][][];
    private byte[][][] bytes = new byte[0][][];
    private int[] misses = new int[0];
    private boolean[] plain = new boolean[0];
    private int rows;

    /** The cell's text, an equal earlier instance when there is one, or null when it holds a NUL character. */
    String cell(int column, char[] buffer, int offset, int length) {
        if (length == 0) {
            return "";
        }
        if (!looksUp(column, length)) {
            return plainly(buffer, offset, length);
        }
        // The slot comes from the length and three characters: cheap, and enough to tell a column's few answers
        // apart. Two answers that share a slot only cost misses; the full comparison decides equality. A hit also
        // proves the cell free of NUL characters, as the stored copy was checked when it was made.
        int slot = slot(length, buffer[offset], buffer[offset + (length >> 1)], buffer[offset + length - 1]);
        char[][] keys = chars[column] == null ? (chars[column] = new char[SLOTS][]) : chars[column];
        char[] seen = keys[slot];
        if (seen != null && Arrays.equals(seen, 0, seen.length, buffer, offset, offset + length)) {
            return strings[column][slot];
        }
        misses[column]++;
        String made = plainly(buffer, offset, length);
        if (made == null) {
            return null;
        }
        strings[column][slot] = made;
        keys[slot] = Arrays.copyOfRange(buffer, offset, offset + length);
        return made;
    }

    /**
     * As {@link #cell(int, char[], int, int)} for a buffer of encoded bytes: {@code decoder} makes the text of a cell
     * not in the table (and checks it: it returns null for a NUL character, or throws for bytes the encoding does not
     * allow), so a hit costs neither decoding nor checking, the stored bytes having passed both.
     */
    String cell(int column, byte[] buffer, int offset, int length, CellDecoder decoder) {
        if (length == 0) {
            return "";
        }
        if (!looksUp(column, length)) {
            return decoder.text(buffer, offset, length);
        }
        int slot = slot(length, buffer[offset], buffer[offset + (length >> 1)], buffer[offset + length - 1]);
        byte[][] keys = bytes[column] == null ? (bytes[column] = new byte[SLOTS][]) : bytes[column];
        byte[] seen = keys[slot];
        if (seen != null && Arrays.equals(seen, 0, seen.length, buffer, offset, offset + length)) {
            return strings[column][slot];
        }
        misses[column]++;
        String made = decoder.text(buffer, offset, length);
        if (made == null) {
            return null;
        }
        strings[column][slot] = made;
        keys[slot] = Arrays.copyOfRange(buffer, offset, offset + length);
        return made;
    }

    /** Makes the text of encoded bytes, or null when they hold a NUL character. */
    @FunctionalInterface
    interface CellDecoder {
        String text(byte[] buffer, int offset, int length);
    }

    /** Whether a cell of this column and length goes through the table (growing the tables to the column). */
    private boolean looksUp(int column, int length) {
        if (column >= COLUMNS || length > LONGEST) {
            return false;
        }
        if (column >= plain.length) {
            grow(column + 1);
        }
        return !plain[column];
    }

    private static int slot(int length, int first, int middle, int last) {
        int slot = (length * 31 + first) * 31 + last + middle * 7;
        return (slot ^ (slot >>> 10)) & (SLOTS - 1);
    }

    /** Counts a row: ends a trial or starts a new block. */
    void rowDone() {
        rows++;
        if (rows == TRIAL_ROWS) {
            for (int c = 0; c < plain.length; c++) {
                plain[c] = misses[c] * 2 > TRIAL_ROWS;
            }
        } else if (rows == BLOCK_ROWS) {
            rows = 0;
            Arrays.fill(misses, 0);
            Arrays.fill(plain, false);
        }
    }

    private static String plainly(char[] buffer, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (buffer[i] == 0) {
                return null;
            }
        }
        return new String(buffer, offset, length);
    }

    private void grow(int columns) {
        int from = plain.length;
        strings = Arrays.copyOf(strings, columns);
        chars = Arrays.copyOf(chars, columns);
        bytes = Arrays.copyOf(bytes, columns);
        misses = Arrays.copyOf(misses, columns);
        plain = Arrays.copyOf(plain, columns);
        for (int c = from; c < columns; c++) {
            strings[c] = new String[SLOTS];
        }
    }
}
