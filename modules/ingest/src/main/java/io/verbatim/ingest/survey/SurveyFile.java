package io.verbatim.ingest.survey;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.source.RowSource;
import io.verbatim.ingest.source.RowSourceFactory;
import io.verbatim.ingest.source.SourceRow;
import io.verbatim.ingest.survey.layout.HeaderColumn;
import io.verbatim.ingest.survey.layout.LayoutDetector;
import io.verbatim.ingest.survey.layout.ResponseFilter;
import io.verbatim.ingest.survey.layout.SurveyLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A survey export opened for reading: its row source, recognised layout and header columns. Streams the responses
 * (the rows below the header) as many times as asked, each padded to the header width and flagged when the layout
 * excludes it by default.
 */
final class SurveyFile {

    /** Receives one response. */
    @FunctionalInterface
    interface ResponseSink {
        /** @return false to stop reading */
        boolean accept(long line, String[] cells, boolean excluded);
    }

    private final RowSource source;
    private final SurveyLayout layout;
    private final List<HeaderColumn> columns;
    private final ResponseFilter filter;

    private SurveyFile(RowSource source, SurveyLayout layout, List<HeaderColumn> columns) {
        this.source = source;
        this.layout = layout;
        this.columns = List.copyOf(columns);
        this.filter = layout.exclusions(columns);
    }

    static SurveyFile open(Path file) {
        RowSource source = new RowSourceFactory().open(file);
        List<String[]> head = new ArrayList<>();
        source.read(row -> {
            head.add(row.cells());
            return head.size() < LayoutDetector.HEAD_ROWS;
        });
        if (head.isEmpty()) {
            throw new ImportException(file, 0, 0, "the file is empty: it has no header row");
        }
        SurveyLayout layout = new LayoutDetector().detect(head);
        List<String[]> headerRows = head.subList(0, Math.min(layout.headerRows(), head.size()));
        int width = head.getFirst().length;
        return new SurveyFile(source, layout, layout.columns(headerRows, width));
    }

    RowSource source() {
        return source;
    }

    SurveyLayout layout() {
        return layout;
    }

    List<HeaderColumn> columns() {
        return columns;
    }

    /**
     * Streams the responses. A row with fewer cells than the header is padded with blanks (exports drop trailing empty
     * answers); a row with more non-blank cells than the header is refused, because its cells can no longer be matched
     * to questions. A short last row in a file that ends without a line break is refused: that is a file cut off
     * mid-row, and padding it would load a half response as if it were whole.
     */
    void readResponses(ResponseSink sink) {
        int width = columns.size();
        int[] seen = {0};
        long[] shortLastRow = {0, 0};
        boolean[] stopped = {false};
        source.read(row -> {
            if (seen[0] < layout.headerRows()) {
                seen[0]++;
                return true;
            }
            shortLastRow[0] = row.size() < width ? row.line() : 0;
            shortLastRow[1] = row.size();
            String[] cells = fit(row, width);
            stopped[0] = !sink.accept(row.line(), cells, filter.excluded(cells));
            return !stopped[0];
        });
        if (!stopped[0] && shortLastRow[0] > 0 && source.endsWithoutLineBreak()) {
            throw new ImportException(
                    source.file(),
                    shortLastRow[0],
                    (int) shortLastRow[1],
                    "the file ends in the middle of this row (%d of %d cells and no line break); it looks truncated:"
                                    .formatted(shortLastRow[1], width)
                            + " export or copy it again");
        }
    }

    private String[] fit(SourceRow row, int width) {
        String[] cells = row.cells();
        if (cells.length == width) {
            return cells;
        }
        for (int i = width; i < cells.length; i++) {
            if (!cells[i].isBlank()) {
                throw new ImportException(
                        source.file(),
                        row.line(),
                        i + 1,
                        "this row has %d cells but the header has %d columns; check for an unquoted delimiter in an answer"
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
