package io.verbatim.ingest.mapping;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ProblemCollector;
import io.verbatim.ingest.report.ProblemRule;
import io.verbatim.ingest.source.RowSource;
import io.verbatim.ingest.source.RowSourceFactory;
import io.verbatim.ingest.source.TableRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

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

    /** The file's columns this view keeps, in order, or null for all of them. */
    private final int[] kept;

    /** The width of the file's header row, which every record is fitted to before columns are left out. */
    private final int width;

    private MappedFile(RowSource source, List<String> headers, int headerIndex, int[] kept, int width) {
        this.source = source;
        this.headers = List.copyOf(headers);
        this.headerIndex = headerIndex;
        this.kept = kept;
        this.width = width;
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
            throw new ImportException(ProblemRule.EMPTY_FILE, file, 0, 0, "the file is empty: it has no header row");
        }
        int index = Math.max(found[0], 0);
        List<String> headers = stripped(head.get(index));
        return new MappedFile(source, headers, index, null, headers.size());
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
     * The same file without some columns (a mapping's {@code skip}): they are neither profiled nor stored.
     *
     * @param skipped positions in this view's headers
     */
    MappedFile without(Set<Integer> skipped) {
        if (skipped.isEmpty()) {
            return this;
        }
        int[] keep = IntStream.range(0, headers.size())
                .filter(i -> !skipped.contains(i))
                .map(i -> kept == null ? i : kept[i])
                .toArray();
        List<String> keptHeaders = IntStream.range(0, headers.size())
                .filter(i -> !skipped.contains(i))
                .mapToObj(headers::get)
                .toList();
        return new MappedFile(source, keptHeaders, headerIndex, keep, width);
    }

    /** The 1-based column in the file of this view's column {@code index}, as error reports name it. */
    int fileColumn(int index) {
        return (kept == null ? index : kept[index]) + 1;
    }

    /** Streams the records below the header, fitted to its width ({@link TableRows}) and to the kept columns. */
    void read(RecordSink sink) {
        ProblemCollector problems = new ProblemCollector();
        read(sink, problems);
        problems.refuseIfAny();
    }

    /** Streams the records as {@link #read(RecordSink)} does; rows that cannot be fitted go to {@code problems}. */
    void read(RecordSink sink, ProblemCollector problems) {
        if (kept == null) {
            TableRows.read(source, headerIndex + 1, headers.size(), sink::accept, problems);
            return;
        }
        TableRows.read(
                source,
                headerIndex + 1,
                width,
                (line, all) -> {
                    String[] cells = new String[kept.length];
                    for (int i = 0; i < kept.length; i++) {
                        cells[i] = all[kept[i]];
                    }
                    return sink.accept(line, cells);
                },
                problems);
    }
}
