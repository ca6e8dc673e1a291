package io.verbatim.ingest.mapping;

import io.verbatim.ingest.survey.profile.DatePattern;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Decides the date shape of a canonical DATETIME column over all its cells, with the survey importer's
 * {@link DatePattern}s (day-first or month-first decided by the data) and the {@link ExtraDateShape}s, and remembers
 * the first cell no shape reads.
 */
final class DateColumn {

    private final EnumSet<DatePattern> patterns = EnumSet.allOf(DatePattern.class);
    private final EnumSet<ExtraDateShape> extras = EnumSet.allOf(ExtraDateShape.class);
    private CellFault fault;

    void accept(long line, String raw) {
        String cell = raw.strip();
        if (cell.isEmpty() || fault != null) {
            return;
        }
        patterns.removeIf(p -> p.toIso(cell).isEmpty());
        extras.removeIf(p -> p.toIso(cell).isEmpty());
        if (patterns.isEmpty() && extras.isEmpty()) {
            fault = new CellFault(line, cell);
        }
    }

    Optional<CellFault> fault() {
        return Optional.ofNullable(fault);
    }

    /** The cell in ISO-8601, or the cell unchanged when blank. */
    String toIso(String raw) {
        String cell = raw.strip();
        if (cell.isEmpty()) {
            return "";
        }
        if (!patterns.isEmpty()) {
            return patterns.iterator().next().toIso(cell).orElse(cell);
        }
        if (!extras.isEmpty()) {
            return extras.iterator().next().toIso(cell).orElse(cell);
        }
        return cell;
    }
}
