package io.verbatim.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A duration column of one tool's layout that is also stored in minutes, next to the column as exported: which header,
 * under which key, in which unit when a cell is a bare number, and what the tool measured (its clock).
 *
 * @param layout the {@link TableLayout} name the rule belongs to, e.g. {@code freshdesk}
 * @param header the export's header, compared after {@link HeaderNames#normalise}
 * @param key the key of the minutes column, e.g. {@code first_reply_minutes}
 * @param bareUnit the unit of a bare number when the header states none ({@link DurationUnit#ofHeader} wins)
 * @param meaning what the tool measured, kept in the column's label so the clock is never lost
 */
public record DurationRule(String layout, String header, String key, DurationUnit bareUnit, String meaning) {

    public DurationRule {
        Objects.requireNonNull(layout, "layout");
        header = HeaderNames.normalise(header);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bareUnit, "bareUnit");
        Objects.requireNonNull(meaning, "meaning");
    }

    /** Reads rules, one a line: {@code layout: Header = key ; bare unit ; meaning}. */
    public static List<DurationRule> parse(String table) {
        List<DurationRule> rules = new ArrayList<>();
        for (String line : table.strip().split("\\R")) {
            int colon = line.indexOf(':');
            int equals = line.indexOf('=', colon + 1);
            String[] parts = line.substring(equals + 1).split(";", 3);
            if (colon <= 0 || equals < 0 || parts.length != 3) {
                throw new IllegalArgumentException("not a duration line: " + line);
            }
            rules.add(new DurationRule(
                    line.substring(0, colon).strip(),
                    line.substring(colon + 1, equals).strip(),
                    parts[0].strip(),
                    DurationUnit.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)),
                    parts[2].strip()));
        }
        return List.copyOf(rules);
    }
}
