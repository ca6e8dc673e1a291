package io.verbatim.ingest.source;

/**
 * One record of a source file.
 *
 * @param line 1-based physical line (CSV) or row number (XLSX) where the record starts, for error messages
 * @param cells the cells as text; never null, blank cells are empty strings
 */
public record SourceRow(long line, String[] cells) {

    public int size() {
        return cells.length;
    }

    public String cell(int index) {
        return index < cells.length ? cells[index] : "";
    }
}
