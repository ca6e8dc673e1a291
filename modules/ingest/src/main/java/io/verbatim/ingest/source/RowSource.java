package io.verbatim.ingest.source;

import java.nio.file.Path;

/**
 * A tabular file read row by row without holding it in memory. Reading is push-style because the XLSX reader is a SAX
 * parser; each {@link #read} starts again from the top, so an importer can make a profiling pass and then a loading
 * pass.
 */
public interface RowSource {

    Path file();

    /** Character set name for text files, or {@code xlsx}. */
    String encoding();

    /** The field delimiter of a CSV, or 0 for a workbook. */
    char delimiter();

    /**
     * Streams the rows to {@code sink} until the end or until it returns false. Blank lines are skipped.
     *
     * @throws io.verbatim.ingest.ImportException when the file is malformed; the message names line and column
     */
    void read(RowSink sink);

    /** Bytes consumed by the current or last {@link #read}, or -1 when the format cannot tell. */
    long bytesRead();

    /** The size of the file in bytes. */
    long size();

    /**
     * True when the file's last line has no line break. Harmless alone (many tools omit it), but together with a
     * short last row it is the mark of a file cut off mid-row.
     */
    default boolean endsWithoutLineBreak() {
        return false;
    }
}
