package io.verbatim.ingest.mapping;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ImportProblem;
import io.verbatim.ingest.report.ProblemCollector;
import io.verbatim.ingest.report.ProblemRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The minutes columns one file gets from its layout's {@link DurationRule}s: each is added after the export's columns
 * and computed from the raw cell, which stays as exported under its own header. A rule is left out when the file
 * already has a column for its key (a duration the file states is never replaced), and its source column stops
 * being read as a canonical field (Jira's {@code Time to resolution} is a duration, not {@code solved_at}).
 */
final class DurationColumns {

    /** A minutes column: where its raw cells are, what it is called, and the unit of a bare number. */
    record Derived(int source, String key, String label, DurationUnit unit) {}

    static final DurationColumns NONE = new DurationColumns(List.of());

    private final List<Derived> derived;

    private DurationColumns(List<Derived> derived) {
        this.derived = List.copyOf(derived);
    }

    /**
     * The minutes columns of a file in {@code layout}.
     *
     * @param headers the kept columns' headers
     * @param fields their canonical fields; a rule's source column is cleared to null here
     */
    static DurationColumns plan(List<DurationRule> rules, String layout, List<String> headers, Canonical[] fields) {
        List<Derived> derived = new ArrayList<>();
        for (DurationRule rule : rules) {
            int source = indexOf(headers, rule.header());
            boolean taken =
                    Arrays.stream(fields).anyMatch(f -> f != null && f.key().equals(rule.key()))
                            || derived.stream().anyMatch(d -> d.key().equals(rule.key()));
            if (!rule.layout().equals(layout) || source < 0 || taken) {
                continue;
            }
            fields[source] = null;
            String header = headers.get(source);
            derived.add(new Derived(
                    source,
                    rule.key(),
                    header + ", in minutes; " + rule.meaning(),
                    DurationUnit.ofHeader(header).orElse(rule.bareUnit())));
        }
        return derived.isEmpty() ? NONE : new DurationColumns(derived);
    }

    private static int indexOf(List<String> headers, String normalised) {
        for (int i = 0; i < headers.size(); i++) {
            if (HeaderNames.normalise(headers.get(i)).equals(normalised)) {
                return i;
            }
        }
        return -1;
    }

    List<Derived> derived() {
        return derived;
    }

    /** Reports every cell of a duration column that is not a duration, naming where it is and what would be read. */
    void accept(long line, String[] cells, MappedFile table, ProblemCollector problems) {
        for (Derived column : derived) {
            String cell = cells[column.source()];
            if (!DurationText.reads(cell)) {
                problems.add(() -> problem(line, column, cell, table));
            }
        }
    }

    private static ImportProblem problem(long line, Derived column, String cell, MappedFile table) {
        String header = table.headers().get(column.source());
        String value = cell.strip();
        return new ImportProblem(
                ImportException.nameOf(table.source().file()),
                line,
                column.source() + 1,
                header,
                ProblemRule.DURATION,
                value,
                ("column \"%s\" is read as a duration for %s, but this cell is not a duration this importer reads"
                                + " (such as 2.5, 02:30:00, 2h 30m, -1h 5m, 1d 4h or 2 ч 30 мин): \"%s\"; correct or"
                                + " blank the cell and import again")
                        .formatted(header, column.key(), value.length() > 60 ? value.substring(0, 60) + "…" : value));
    }

    /**
     * The row with the minutes columns added.
     *
     * @param row the row as stored (already normalised)
     * @param raw the cells as read, which the minutes are computed from
     */
    String[] append(String[] row, String[] raw) {
        if (derived.isEmpty()) {
            return row;
        }
        String[] out = Arrays.copyOf(row, row.length + derived.size());
        for (int j = 0; j < derived.size(); j++) {
            Derived column = derived.get(j);
            out[row.length + j] =
                    DurationText.minutes(raw[column.source()], column.unit()).orElse("");
        }
        return out;
    }
}
