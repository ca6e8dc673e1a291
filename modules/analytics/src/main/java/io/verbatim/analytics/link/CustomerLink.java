package io.verbatim.analytics.link;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which rows of one source belong to customers another source names: "respondents who had an SLA breach" is the
 * survey's rows whose customer column has the {@link CustomerKey} of a requester of a breached ticket. The answer is
 * the set of cell values to keep, so it becomes an ordinary cube filter on that column.
 */
public final class CustomerLink {

    private CustomerLink() {}

    /** The keys of the named customers (blank cells have none). */
    public static Set<String> keys(Iterable<String> cells) {
        Set<String> keys = new HashSet<>();
        for (String cell : cells) {
            String key = CustomerKey.of(cell);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The distinct cells of {@code column} whose key is among {@code keys}, as written (ready for a filter). */
    public static Set<String> cellsOf(String[] column, Set<String> keys) {
        Set<String> kept = new LinkedHashSet<>();
        // A stored column shares one string per distinct value, so each is keyed (and hashed) once.
        Map<String, Boolean> seen = new IdentityHashMap<>();
        for (String cell : column) {
            if (seen.putIfAbsent(cell, Boolean.TRUE) == null) {
                String key = CustomerKey.of(cell);
                if (key != null && keys.contains(key)) {
                    kept.add(cell.strip());
                }
            }
        }
        return kept;
    }
}
