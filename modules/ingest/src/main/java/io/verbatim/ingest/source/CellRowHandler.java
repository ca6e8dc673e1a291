package io.verbatim.ingest.source;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ProblemRule;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Builds {@link SourceRow}s straight from FastCSV's parse buffer, with two jobs done on the way that would otherwise
 * cost a second look at every cell:
 *
 * <ul>
 *   <li>A NUL character anywhere refuses the file (binary data, or UTF-16 read as a single-byte encoding).
 *   <li>A cell equal to one seen recently in the same column is not made again: the earlier {@link String} is returned
 *       ({@link RepeatedText}). Survey columns repeat a handful of answers, so most cells cost a hash and a compare
 *       instead of an allocation, and later stages see one instance per answer, whose hash is already known.
 * </ul>
 *
 * <p>Field and record limits are FastCSV's own defaults, checked here because this handler replaces the one that
 * enforced them; a breach becomes a message with line and column instead of an out-of-memory error.
 */
final class CellRowHandler extends CsvCallbackHandler<SourceRow> {

    static final int MAX_FIELDS = 16 * 1024;
    static final int MAX_FIELD_CHARS = 16 * 1024 * 1024;
    static final long MAX_RECORD_CHARS = 64L * 1024 * 1024;

    private final Path file;
    private final RepeatedText repeats = new RepeatedText();
    private String[] fields = new String[32];
    private int fieldCount;
    private long recordChars;
    private long line;
    private RecordType type = RecordType.DATA;

    CellRowHandler(Path file) {
        this.file = file;
    }

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return fieldCount;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        line = startingLineNumber;
        fieldCount = 0;
        recordChars = 0;
        type = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buffer, int offset, int length, boolean quoted) {
        int column = fieldCount;
        if (column == MAX_FIELDS) {
            throw refused(
                    ProblemRule.MALFORMED_CSV,
                    column + 1,
                    "has more than " + MAX_FIELDS + " fields; this is not a table an export makes");
        }
        if (length > MAX_FIELD_CHARS) {
            throw refused(
                    ProblemRule.CELL_TOO_LARGE,
                    column + 1,
                    "holds more than " + MAX_FIELD_CHARS + " characters, more than any answer needs");
        }
        recordChars += length;
        if (recordChars > MAX_RECORD_CHARS) {
            throw refused(
                    ProblemRule.CELL_TOO_LARGE,
                    column + 1,
                    "ends a record of more than " + MAX_RECORD_CHARS + " characters");
        }
        String cell = repeats.cell(column, buffer, offset, length);
        if (cell == null) {
            throw refused(
                    ProblemRule.BINARY,
                    column + 1,
                    "contains a NUL character: this looks like binary data, not CSV text");
        }
        if (column == fields.length) {
            fields = Arrays.copyOf(fields, Math.min(MAX_FIELDS, fields.length * 2));
        }
        fields[column] = cell;
        fieldCount++;
    }

    @Override
    protected void setComment(char[] buffer, int offset, int length) {
        type = RecordType.COMMENT;
    }

    @Override
    protected void setEmpty() {
        type = RecordType.EMPTY;
    }

    @Override
    protected SourceRow buildRecord() {
        repeats.rowDone();
        return new SourceRow(line, Arrays.copyOf(fields, fieldCount));
    }

    private ImportException refused(ProblemRule rule, int column, String reason) {
        return new ImportException(rule, file, line, column, reason);
    }
}
