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
            if (patterns[i] != null && !cells[i].isBlank()) {
                cells[i] = patterns[i].toIso(cells[i]).orElse(cells[i]);
            }
        }
    }
}
