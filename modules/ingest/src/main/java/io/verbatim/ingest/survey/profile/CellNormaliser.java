package io.verbatim.ingest.survey.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes cells the way the column's type promises: DATETIME cells in ISO-8601, so every consumer parses one format;
 * other cells unchanged.
 */
public final class CellNormaliser {

    private final List<UnaryOperator<String>> rewrites;

    /**
     * @param rewrites column index → how its cells are written (the date columns); other columns stay as they are
     * @param width the number of columns
     */
    public CellNormaliser(Map<Integer, UnaryOperator<String>> rewrites, int width) {
        this.rewrites = new ArrayList<>(Collections.nCopies(width, null));
        rewrites.forEach(this.rewrites::set);
    }

    /** Normalises {@code cells} in place. */
    public void normalise(String[] cells) {
        for (int i = 0; i < cells.length && i < rewrites.size(); i++) {
            UnaryOperator<String> rewrite = rewrites.get(i);
            if (rewrite != null) {
                cells[i] = rewrite.apply(cells[i]);
            }
        }
    }

    /** A cell of a column of this date shape in ISO-8601; a blank, or a cell the shape does not fit, unchanged. */
    public static String iso(DatePattern pattern, String cell) {
        return cell.isBlank() ? cell : pattern.toIso(cell).orElse(cell);
    }
}
