package io.verbatim.ingest.source;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.nio.file.Path;

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
 * <p>Field and record limits are FastCSV's own defaults ({@link RecordCells}), checked here because this handler
 * replaces the one that enforced them; a breach becomes a message with line and column instead of an out-of-memory
 * error.
 */
final class CellRowHandler extends CsvCallbackHandler<SourceRow> {

    private final RepeatedText repeats = new RepeatedText();
    private final RecordCells cells;
    private RecordType type = RecordType.DATA;

    CellRowHandler(Path file) {
        this.cells = new RecordCells(file);
    }

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return cells.count();
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        cells.begin(startingLineNumber);
        type = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buffer, int offset, int length, boolean quoted) {
        cells.requireRoom();
        if (length > RecordCells.MAX_FIELD_CHARS) {
            throw cells.fieldTooLarge();
        }
        cells.add(repeats.cell(cells.count(), buffer, offset, length), length);
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
        return cells.row();
    }
}
