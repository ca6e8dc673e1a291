package io.verbatim.ingest.mapping;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.source.RowSource;
import io.verbatim.ingest.source.RowSourceFactory;
import io.verbatim.ingest.source.SourceRow;
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

    /**
     * Streams the records. A row with fewer cells than the header is padded with blanks; a row with more non-blank
     * cells is refused, and so is a short last row in a file that ends without a line break (a file cut off mid-row).
     */
    void read(RecordSink sink) {
        int width = headers.size();
        int[] above = {headerIndex + 1};
        boolean[] stopped = {false};
        long[] shortLast = {0, 0};
        source.read(row -> {
            if (above[0] > 0) {
                above[0]--;
                return true;
            }
            shortLast[0] = row.size() < width ? row.line() : 0;
            shortLast[1] = row.size();
            stopped[0] = !sink.accept(row.line(), fit(row, width));
            return !stopped[0];
        });
        if (!stopped[0] && shortLast[0] > 0 && source.endsWithoutLineBreak()) {
            throw new ImportException(
                    source.file(),
                    shortLast[0],
                    (int) shortLast[1],
                    "the file ends in the middle of this row (%d of %d cells and no line break); it looks truncated:"
                                    .formatted(shortLast[1], width)
                            + " export or copy it again");
        }
    }

    private String[] fit(SourceRow row, int width) {
        String[] cells = row.cells();
        for (int i = width; i < cells.length; i++) {
            if (!cells[i].isBlank()) {
                throw new ImportException(
                        source.file(),
                        row.line(),
                        i + 1,
                        "this row has %d cells but the header has %d columns; check for an unquoted delimiter in a cell"
                                .formatted(cells.length, width));
            }
        }
        String[] fitted = Arrays.copyOf(cells, width);
        for (int i = cells.length; i < width; i++) {
            fitted[i] = "";
        }
        return fitted;
    }
}
