package io.verbatim.analytics.cube;

import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ResponseDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The response date of every row as an epoch day ({@link #NONE} when blank or not a date), for trends and period
 * filters; read with the scorer's own {@link ResponseDates} rules, so both put a row in the same period.
 */
final class ResponseDays {

    static final int NONE = Integer.MIN_VALUE;

    /** Date ranges whose rows are kept: a dashboard redraw asks for the same period for every widget. */
    private static final int RANGES_KEPT = 4;

    private final int[] days;
    private final int first;
    private final int last;
    private final Map<Period, Grouping> groupings = new EnumMap<>(Period.class);
    private final Map<List<Long>, BitSet> ranges = new LinkedHashMap<>(8, 0.75f, true);

    private ResponseDays(int[] days, int first, int last) {
        this.days = days;
        this.first = first;
        this.last = last;
    }

    static ResponseDays of(String[] cells) {
        ResponseDates dates = new ResponseDates();
        int[] days = new int[cells.length];
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int row = 0; row < cells.length; row++) {
            LocalDate date = dates.dateOf(cells[row]);
            if (date == null) {
                days[row] = NONE;
            } else {
                int day = (int) date.toEpochDay();
                days[row] = day;
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        return new ResponseDays(days, first, last);
    }

    /** The first and last response day, or null when no row is dated. */
    LocalDate[] span() {
        return first > last ? null : new LocalDate[] {LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last)};
    }

    /** A new bitmap (callers may change it) of the rows dated in {@code [from, to)}; a null end is open. */
    BitSet rowsBetween(LocalDate from, LocalDate to) {
        long low = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long high = to == null ? Long.MAX_VALUE : to.toEpochDay();
        List<Long> key = List.of(low, high);
        synchronized (ranges) {
            BitSet kept = ranges.get(key);
            if (kept != null) {
                return (BitSet) kept.clone();
            }
        }
        BitSet rows = scan(low, high);
        synchronized (ranges) {
            ranges.put(key, rows);
            if (ranges.size() > RANGES_KEPT) {
                ranges.remove(ranges.keySet().iterator().next());
            }
        }
        return (BitSet) rows.clone();
    }

    private BitSet scan(long low, long high) {
        BitSet rows = new BitSet(days.length);
        for (int row = 0; row < days.length; row++) {
            int day = days[row];
            if (day != NONE && day >= low && day < high) {
                rows.set(row);
            }
        }
        return rows;
    }

    /** The rows' periods as a breakdown: chronological labels, and each row's group (−1 when undated). Kept. */
    Grouping grouping(Period period) {
        synchronized (groupings) {
            return groupings.computeIfAbsent(period, this::group);
        }
    }

    private Grouping group(Period period) {
        if (first > last) {
            return new Grouping(List.of(), new int[days.length]);
        }
        TreeMap<String, Integer> labels = new TreeMap<>();
        String[] labelOfDay = new String[last - first + 1];
        for (int day = first; day <= last; day++) {
            String label = period.label(LocalDate.ofEpochDay(day));
            labelOfDay[day - first] = label;
            labels.put(label, 0);
        }
        List<String> order = new ArrayList<>(labels.keySet());
        for (int i = 0; i < order.size(); i++) {
            labels.put(order.get(i), i);
        }
        int[] groupOfDay = new int[labelOfDay.length];
        for (int i = 0; i < labelOfDay.length; i++) {
            groupOfDay[i] = labels.get(labelOfDay[i]);
        }
        int[] groups = new int[days.length];
        for (int row = 0; row < days.length; row++) {
            groups[row] = days[row] == NONE ? -1 : groupOfDay[days[row] - first];
        }
        return new Grouping(order, groups);
    }
}
