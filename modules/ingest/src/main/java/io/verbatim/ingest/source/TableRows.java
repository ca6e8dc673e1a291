package io.verbatim.ingest.source;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ImportProblem;
import io.verbatim.ingest.report.ProblemCollector;
import io.verbatim.ingest.report.ProblemRule;
import java.util.Arrays;

/**
 * The data rows below a table's header, each fitted to the header's width. A row with fewer cells is padded with
 * blanks (exports drop trailing empty cells); a row with more non-blank cells is refused, because its cells can no
 * longer be matched to columns; a short last row in a file that ends without a line break is refused too, because that
 * is a file cut off mid-row and padding it would load half a record as if it were whole.
 *
 * <p>A refused row does not stop the reading: it is reported and skipped, and the rest of the file is read, so the
 * analyst sees every such row at once. The pass then refuses the file as a whole with all of them.
 */
public final class TableRows {

    /** Receives each data row; returns false to stop reading. */
    @FunctionalInterface
    public interface Sink {
        boolean accept(long line, String[] cells);
    }

    private TableRows() {}

    /**
     * Streams the fitted rows, then refuses the file if any row could not be fitted.
     *
     * @param source the table
     * @param rowsAbove rows to skip before the data (header rows and anything above them)
     * @param width the header's width
     * @param sink receives the fitted rows
     * @throws ImportException with every row that has more cells than the header, or a truncated last row
     */
    public static void read(RowSource source, int rowsAbove, int width, Sink sink) {
        ProblemCollector problems = new ProblemCollector();
        read(source, rowsAbove, width, sink, problems);
        problems.refuseIfAny();
    }

    /**
     * Streams the fitted rows; rows that cannot be fitted go to {@code problems} instead of {@code sink}, for a caller
     * that collects problems of its own in the same pass and refuses them together. A malformed file (bad bytes, an
     * unclosed quote) still ends the pass, with the problems found before it.
     */
    public static void read(RowSource source, int rowsAbove, int width, Sink sink, ProblemCollector problems) {
        int[] above = {rowsAbove};
        boolean[] stopped = {false};
        long[] shortLast = {0, 0};
        try {
            source.read(row -> {
                if (above[0] > 0) {
                    above[0]--;
                    return true;
                }
                shortLast[0] = row.size() < width ? row.line() : 0;
                shortLast[1] = row.size();
                String[] fitted = fit(source, row, width, problems);
                if (fitted == null) {
                    return true;
                }
                stopped[0] = !sink.accept(row.line(), fitted);
                return !stopped[0];
            });
        } catch (ImportException e) {
            if (problems.isEmpty()) {
                throw e;
            }
            problems.addAll(e.report());
            return;
        }
        if (!stopped[0] && shortLast[0] > 0 && source.endsWithoutLineBreak()) {
            problems.add(ImportProblem.at(
                    ImportException.nameOf(source.file()),
                    shortLast[0],
                    (int) shortLast[1],
                    ProblemRule.TRUNCATED,
                    "the file ends in the middle of this row (%d of %d cells and no line break); it looks truncated:"
                                    .formatted(shortLast[1], width)
                            + " export or copy it again"));
        }
    }

    /** The row fitted to the header's width, or null when it has more non-blank cells (reported to problems). */
    private static String[] fit(RowSource source, SourceRow row, int width, ProblemCollector problems) {
        String[] cells = row.cells();
        if (cells.length == width) {
            return cells;
        }
        for (int i = width; i < cells.length; i++) {
            if (!cells[i].isBlank()) {
                int column = i;
                problems.add(() -> new ImportProblem(
                        ImportException.nameOf(source.file()),
                        row.line(),
                        column + 1,
                        "",
                        ProblemRule.RAGGED_ROW,
                        cells[column],
                        "this row has %d cells but the header has %d columns; check for an unquoted delimiter in a cell"
                                .formatted(cells.length, width)));
                return null;
            }
        }
        String[] fitted = Arrays.copyOf(cells, width);
        Arrays.fill(fitted, cells.length, width, "");
        return fitted;
    }
}
