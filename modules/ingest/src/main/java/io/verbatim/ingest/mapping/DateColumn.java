package io.verbatim.ingest.mapping;

import io.verbatim.ingest.preset.DateRules;
import io.verbatim.ingest.survey.profile.DatePattern;
import io.verbatim.ingest.survey.profile.SerialDate;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Decides the date shape of a canonical DATETIME column over all its cells, with the survey importer's
 * {@link DatePattern}s (day-first or month-first decided by the data, unless the mapping's {@link DateRules} say), the
 * {@link ExtraDateShape}s and Excel serial numbers ({@link SerialDate}). A cell no remaining shape reads is refused
 * without narrowing the shapes, so the cells below it are still judged by the shapes of the cells above.
 */
final class DateColumn {

    private final DateRules rules;
    private final EnumSet<DatePattern> patterns;
    private final EnumSet<ExtraDateShape> extras = EnumSet.allOf(ExtraDateShape.class);
    private boolean serial = true;

    /** The shapes as they were before the last cell, to put back when a cell fits none. */
    private EnumSet<DatePattern> patternsBefore;

    private EnumSet<ExtraDateShape> extrasBefore = EnumSet.allOf(ExtraDateShape.class);

    DateColumn(DateRules rules) {
        this.rules = rules;
        this.patterns = rules.patterns();
        this.patternsBefore = patterns.clone();
    }

    /**
     * Narrows the column's possible shapes to those that read this cell.
     *
     * @return false when no shape still possible reads it; the shapes are then left as they were
     */
    boolean accept(String raw) {
        String cell = raw.strip();
        if (cell.isEmpty()) {
            return true;
        }
        // Narrowed in place, the hot path allocating nothing: the copies are taken only when a shape drops out (a few
        // times per column), and put back only for a cell no shape reads.
        boolean narrowed = patterns.removeIf(p -> p.toIso(cell).isEmpty());
        narrowed |= extras.removeIf(p -> p.toIso(cell).isEmpty());
        boolean stillSerial =
                serial && SerialDate.toIso(cell, rules.excel1904()).isPresent();
        if (patterns.isEmpty() && extras.isEmpty() && !stillSerial) {
            patterns.addAll(patternsBefore);
            extras.addAll(extrasBefore);
            return false;
        }
        serial = stillSerial;
        if (narrowed) {
            patternsBefore = patterns.clone();
            extrasBefore = extras.clone();
        }
        return true;
    }

    /** The cell in ISO-8601 (in the mapping's zone when it had no offset), or the cell unchanged when blank. */
    String toIso(String raw) {
        String cell = raw.strip();
        if (cell.isEmpty()) {
            return "";
        }
        Optional<String> iso;
        if (!patterns.isEmpty()) {
            iso = patterns.iterator().next().toIso(cell);
        } else if (!extras.isEmpty()) {
            iso = extras.iterator().next().toIso(cell);
        } else {
            iso = serial ? SerialDate.toIso(cell, rules.excel1904()) : Optional.empty();
        }
        return iso.map(rules::zoned).orElse(cell);
    }
}
