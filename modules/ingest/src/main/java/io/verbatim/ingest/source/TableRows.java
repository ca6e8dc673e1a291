package io.verbatim.ingest.source;

import io.verbatim.ingest.ImportException;
import java.util.Arrays;

/**
 * The data rows below a table's header, each fitted to the header's width. A row with fewer cells is padded with
 * blanks (exports drop trailing empty cells); a row with more non-blank cells is refused, because its cells can no
 * longer be matched to columns; a short last row in a file that ends without a line break is refused too, because that
 * is a file cut off mid-row and padding it would load half a record as if it were whole.
 */
public final class TableRows {

    /** Receives each data row; returns false to stop reading. */
    @FunctionalInterface
    public interface Sink {
        boolean accept(long line, String[] cells);
    }

    private TableRows() {}

    /**
     * @param source the table
     * @param rowsAbove rows to skip before the data (header rows and anything above them)
     * @param width the header's width
     * @param sink receives the fitted rows
     */
    public static void read(RowSource source, int rowsAbove, int width, Sink sink) {
        int[] above = {rowsAbove};
        boolean[] stopped = {false};
        long[] shortLast = {0, 0};
        source.read(row -> {
            if (above[0] > 0) {
                above[0]--;
                return true;
            }
            shortLast[0] = row.size() < width ? row.line() : 0;
            shortLast[1] = row.size();
            stopped[0] = !sink.accept(row.line(), fit(source, row, width));
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

    private static String[] fit(RowSource source, SourceRow row, int width) {
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
                        "this row has %d cells but the header has %d columns; check for an unquoted delimiter in a cell"
                                .formatted(cells.length, width));
            }
        }
        String[] fitted = Arrays.copyOf(cells, width);
        Arrays.fill(fitted, cells.length, width, "");
        return fitted;
    }
}
