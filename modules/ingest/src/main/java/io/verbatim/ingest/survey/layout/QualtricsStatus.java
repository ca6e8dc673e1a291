package io.verbatim.ingest.survey.layout;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Qualtrics marks responses that are not real in its {@code Status} column, as text ("Survey Preview", "Survey Test",
 * "Spam") or, in numeric exports, as codes 1 (preview), 2 (test) and 8 (spam). Those are left out by default, as
 * Qualtrics' own reports do.
 */
final class QualtricsStatus {

    private static final Set<String> NOT_REAL =
            Set.of("survey preview", "survey test", "spam", "preview", "test", "1", "2", "8");

    private QualtricsStatus() {}

    static ResponseFilter filter(List<HeaderColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equalsIgnoreCase("Status")) {
                int index = i;
                return cells -> index < cells.length
                        && NOT_REAL.contains(cells[index].strip().toLowerCase(Locale.ROOT));
            }
        }
        return ResponseFilter.NONE;
    }
}
