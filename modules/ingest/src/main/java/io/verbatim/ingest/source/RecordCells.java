package io.verbatim.ingest.source;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ProblemRule;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The cells of the CSV record being read, and the limits both CSV readers ({@link CellRowHandler} over FastCSV,
 * {@link ByteCsvParser}) put on a record: FastCSV's own defaults, so that a breach becomes a message with line and
 * column instead of an out-of-memory error, and a cell with a NUL character, which refuses the file as binary.
 */
final class RecordCells {

    static final int MAX_FIELDS = 16 * 1024;
    static final int MAX_FIELD_CHARS = 16 * 1024 * 1024;
    static final long MAX_RECORD_CHARS = 64L * 1024 * 1024;

    private final Path file;
    private String[] cells = new String[32];
    private int count;
    private long chars;
    private long line;

    RecordCells(Path file) {
        this.file = file;
    }

    /** Starts a record at {@code line} (1-based, where it starts). */
    void begin(long line) {
        this.line = line;
        count = 0;
        chars = 0;
    }

    /** Refuses the record when it already has as many cells as a record may. */
    void requireRoom() {
        if (count == MAX_FIELDS) {
            throw refused(
                    ProblemRule.MALFORMED_CSV,
                    count + 1,
                    "has more than " + MAX_FIELDS + " fields; this is not a table an export makes");
        }
    }

    /**
     * Adds the next cell, {@code length} characters long, after the length checks; null stands for a cell holding a
     * NUL character.
     */
    void add(String cell, long length) {
        if (length > MAX_FIELD_CHARS) {
            throw fieldTooLarge();
        }
        chars += length;
        if (chars > MAX_RECORD_CHARS) {
            throw recordTooLarge();
        }
        if (cell == null) {
            throw refused(
                    ProblemRule.BINARY,
                    count + 1,
                    "contains a NUL character: this looks like binary data, not CSV text");
        }
        if (count == cells.length) {
            cells = Arrays.copyOf(cells, Math.min(MAX_FIELDS, cells.length * 2));
        }
        cells[count++] = cell;
    }

    int count() {
        return count;
    }

    SourceRow row() {
        return new SourceRow(line, Arrays.copyOf(cells, count));
    }

    /** The refusal of the next cell as longer than a cell may be. */
    ImportException fieldTooLarge() {
        return refused(
                ProblemRule.CELL_TOO_LARGE,
                count + 1,
                "holds more than " + MAX_FIELD_CHARS + " characters, more than any answer needs");
    }

    /** The refusal of the record, at its next cell, as longer than a record may be. */
    ImportException recordTooLarge() {
        return refused(
                ProblemRule.CELL_TOO_LARGE,
                count + 1,
                "ends a record of more than " + MAX_RECORD_CHARS + " characters");
    }

    private ImportException refused(ProblemRule rule, int column, String reason) {
        return new ImportException(rule, file, line, column, reason);
    }
}
