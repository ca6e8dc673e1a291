package io.verbatim.analytics.ticket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hits out of n per group for one variant of a rate; becomes {@link RateRow}s. */
final class RateCounter {

    private final String variant;
    private final Map<String, long[]> counts = new LinkedHashMap<>();

    RateCounter(Iterable<String> groups, String variant) {
        this.variant = variant;
        for (String group : groups) {
            counts.put(group, new long[2]);
        }
    }

    /** Counts a ticket (or customer) in {@code all} and in its group ({@code group} null: {@code all} only). */
    void add(String group, boolean hit) {
        bump(counts.get(Groups.ALL), hit);
        if (group != null) {
            bump(counts.get(group), hit);
        }
    }

    private static void bump(long[] count, boolean hit) {
        count[1]++;
        if (hit) {
            count[0]++;
        }
    }

    List<RateRow> rows() {
        List<RateRow> rows = new ArrayList<>();
        counts.forEach((group, count) -> rows.add(RateRow.of(group, variant, count[0], count[1], Map.of())));
        return rows;
    }
}
