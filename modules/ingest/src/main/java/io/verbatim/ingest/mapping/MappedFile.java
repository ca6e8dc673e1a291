package io.verbatim.ingest.mapping;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.source.RowSource;
import io.verbatim.ingest.source.RowSourceFactory;
import io.verbatim.ingest.source.TableRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A ticket or mention table opened for reading: its row source and its one header row. Streams the records below the
 * header as many times as asked, each padded to the header width.
 */
final class MappedFile {

    /** Receives one record. */
    @FunctionalInterface
    interface RecordSink {
        /** @return false to stop reading */
        boolean accept(long line, String[] cells);
    }

    private final RowSource source;
    private final List<String> headers;

    private final int headerIndex;

    private MappedFile(RowSource source, List<String> headers, int headerIndex) {
        this.source = source;
        this.headers = List.copyOf(headers);
        this.headerIndex = headerIndex;
    }

    /** How far down a header row is looked for, below a tool's report preamble (Brandwatch writes about ten rows). */
    static final int HEADER_SEARCH_ROWS = 20;

    /**
     * Opens the table with its header: the first of the top {@value #HEADER_SEARCH_ROWS} rows that {@code isHeader}
     * accepts (rows above it are a report preamble and are skipped), or else the first row.
     */
    static MappedFile open(Path file, Predicate<List<String>> isHeader) {
        RowSource source = new RowSourceFactory().open(file);
        List<String[]> head = new ArrayList<>();
        int[] found = {-1};
        source.read(row -> {
            head.add(row.cells().clone());
            if (isHeader.test(stripped(row.cells()))) {
                found[0] = head.size() - 1;
            }
            return found[0] < 0 && head.size() < HEADER_SEARCH_ROWS;
        });
        if (head.isEmpty()) {
            throw new ImportException(file, 0, 0, "the file is empty: it has no header row");
        }
        int index = Math.max(found[0], 0);
        return new MappedFile(source, stripped(head.get(index)), index);
    }

    private static List<String> stripped(String[] cells) {
        return Arrays.stream(cells).map(String::strip).toList();
    }

    RowSource source() {
        return source;
    }

    List<String> headers() {
        return headers;
    }

    /** Streams the records below the header, fitted to its width ({@link TableRows}). */
    void read(RecordSink sink) {
        TableRows.read(source, headerIndex + 1, headers.size(), sink::accept);
    }
}
