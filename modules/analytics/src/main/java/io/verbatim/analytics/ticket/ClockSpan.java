package io.verbatim.analytics.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Per ticket, when its clock starts and stops: the start column's time and the first end column with a time. Tickets
 * whose end column is blank have a null end (not answered or not solved yet).
 *
 * @param startKey the start column
 * @param endKeys the end columns in order of preference
 * @param starts per row, the start or null
 * @param ends per row, the end or null
 * @param endUsed per row, the index in {@code endKeys} of the column the end came from, -1 when none
 */
record ClockSpan(String startKey, List<String> endKeys, Instant[] starts, Instant[] ends, int[] endUsed) {

    static ClockSpan read(TicketTable table, String startKey, List<String> endKeys, java.time.ZoneId zone) {
        Instant[] starts = TicketTimes.read(table, startKey, zone);
        Instant[] ends = new Instant[table.rows()];
        int[] used = new int[table.rows()];
        java.util.Arrays.fill(used, -1);
        List<String> present = new ArrayList<>();
        for (String key : endKeys) {
            if (table.has(key)) {
                present.add(key);
            }
        }
        for (int k = 0; k < present.size(); k++) {
            Instant[] times = TicketTimes.read(table, present.get(k), zone);
            for (int row = 0; row < times.length; row++) {
                if (ends[row] == null && times[row] != null) {
                    ends[row] = times[row];
                    used[row] = k;
                }
            }
        }
        return new ClockSpan(startKey, List.copyOf(present), starts, ends, used);
    }

    /** "solved_at, else closed_at". */
    String endText() {
        return String.join(", else ", endKeys);
    }

    /** How many tickets took their end from each end column: "12 at solved_at, 3 at closed_at". */
    String endUse() {
        long[] counts = new long[endKeys.size()];
        for (int used : endUsed) {
            if (used >= 0) {
                counts[used]++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            parts.add(counts[k] + " at " + endKeys.get(k));
        }
        return String.join(", ", parts);
    }
}
