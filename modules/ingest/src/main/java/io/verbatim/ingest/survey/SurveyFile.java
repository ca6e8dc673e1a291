package io.verbatim.ingest.survey;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ProblemRule;
import io.verbatim.ingest.source.RowSource;
import io.verbatim.ingest.source.RowSourceFactory;
import io.verbatim.ingest.source.TableRows;
import io.verbatim.ingest.survey.layout.HeaderColumn;
import io.verbatim.ingest.survey.layout.LayoutDetector;
import io.verbatim.ingest.survey.layout.ResponseFilter;
import io.verbatim.ingest.survey.layout.SurveyLayout;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private final List<HeaderColumn> all;
    private final List<HeaderColumn> columns;
    private final ResponseFilter filter;
    /** The positions kept when a mapping skips columns, or null when every column is kept. */
    private final int[] kept;

    private SurveyFile(RowSource source, SurveyLayout layout, List<HeaderColumn> all, int[] kept) {
        this.source = source;
        this.layout = layout;
        this.all = List.copyOf(all);
        this.kept = kept;
        this.columns = kept == null
                ? this.all
                : java.util.Arrays.stream(kept).mapToObj(this.all::get).toList();
        // Exclusions (Qualtrics status, say) are judged on the whole row, skipped columns included.
        this.filter = layout.exclusions(this.all);
    }

    /**
     * The same file without the columns a mapping skips.
     *
     * @throws ImportException when a skipped name is not a column of the file
     */
    SurveyFile without(List<String> skip) {
        int[] keep = SkippedColumns.kept(all, skip, source.file());
        return keep == null ? this : new SurveyFile(source, layout, all, keep);
    }

    static SurveyFile open(Path file) {
        RowSource source = new RowSourceFactory().open(file);
        List<String[]> head = new ArrayList<>();
        source.read(row -> {
            head.add(row.cells());
            return head.size() < LayoutDetector.HEAD_ROWS;
        });
        if (head.isEmpty()) {
            throw new ImportException(ProblemRule.EMPTY_FILE, file, 0, 0, "the file is empty: it has no header row");
        }
        SurveyLayout layout = new LayoutDetector().detect(head);
        List<String[]> headerRows = head.subList(0, Math.min(layout.headerRows(), head.size()));
        int width = head.getFirst().length;
        return new SurveyFile(source, layout, layout.columns(headerRows, width), null);
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

    private String[] keep(String[] cells) {
        String[] out = new String[kept.length];
        for (int i = 0; i < kept.length; i++) {
            out[i] = cells[kept[i]];
        }
        return out;
    }

    /** Streams the responses below the header rows, fitted to the header's width ({@link TableRows}). */
    void readResponses(ResponseSink sink) {
        TableRows.read(
                source,
                layout.headerRows(),
                all.size(),
                (line, cells) -> sink.accept(line, kept == null ? cells : keep(cells), filter.excluded(cells)));
    }
}
