package io.verbatim.ingest.mapping;

import io.verbatim.ingest.survey.profile.DatePattern;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Decides the date shape of a canonical DATETIME column over all its cells, with the survey importer's
 * {@link DatePattern}s (day-first or month-first decided by the data, unless the mapping's {@link DateRules} say), the
 * {@link ExtraDateShape}s and Excel serial numbers ({@link SerialDate}), and remembers the first cell no shape reads.
 */
final class DateColumn {

    private final DateRules rules;
    private final EnumSet<DatePattern> patterns;
    private final EnumSet<ExtraDateShape> extras = EnumSet.allOf(ExtraDateShape.class);
    private boolean serial = true;
    private CellFault fault;

    DateColumn(DateRules rules) {
        this.rules = rules;
        this.patterns = rules.patterns();
    }

    void accept(long line, String raw) {
        String cell = raw.strip();
        if (cell.isEmpty() || fault != null) {
            return;
        }
        patterns.removeIf(p -> p.toIso(cell).isEmpty());
        extras.removeIf(p -> p.toIso(cell).isEmpty());
        serial = serial && SerialDate.toIso(cell, rules.excel1904()).isPresent();
        if (patterns.isEmpty() && extras.isEmpty() && !serial) {
            fault = new CellFault(line, cell);
        }
    }

    Optional<CellFault> fault() {
        return Optional.ofNullable(fault);
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
