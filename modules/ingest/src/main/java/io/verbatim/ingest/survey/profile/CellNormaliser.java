package io.verbatim.ingest.survey.profile;

import java.util.Optional;

/**
 * Writes cells the way the column's type promises: DATETIME cells in ISO-8601, so every consumer parses one format;
 * other cells unchanged.
 */
public final class CellNormaliser {

    private final DatePattern[] patterns;

    /** @param patterns per column, the date shape of a DATETIME column, or null */
    public CellNormaliser(DatePattern[] patterns) {
        this.patterns = patterns.clone();
    }

    public static CellNormaliser of(java.util.List<ColumnProfile> profiles) {
        DatePattern[] patterns = new DatePattern[profiles.size()];
        for (int i = 0; i < patterns.length; i++) {
            Optional<DatePattern> pattern = profiles.get(i).datePattern();
            patterns[i] = pattern.orElse(null);
        }
        return new CellNormaliser(patterns);
    }

    /** Normalises {@code cells} in place. */
    public void normalise(String[] cells) {
        for (int i = 0; i < cells.length && i < patterns.length; i++) {
            if (patterns[i] != null) {
                cells[i] = iso(patterns[i], cells[i]);
            }
        }
    }

    /** A cell of a column of this date shape in ISO-8601; a blank, or a cell the shape does not fit, unchanged. */
    public static String iso(DatePattern pattern, String cell) {
        return cell.isBlank() ? cell : pattern.toIso(cell).orElse(cell);
    }
}
