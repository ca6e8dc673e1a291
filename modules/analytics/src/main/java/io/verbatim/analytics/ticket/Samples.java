package io.verbatim.analytics.ticket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;

/** Durations collected per group and clock, turned into {@link DurationRow}s in group order. */
final class Samples {

    private final Map<String, Map<String, DoubleStream.Builder>> values = new LinkedHashMap<>();
    private final List<String> clocks;

    Samples(Iterable<String> groups, List<String> clocks) {
        this.clocks = List.copyOf(clocks);
        for (String group : groups) {
            Map<String, DoubleStream.Builder> perClock = new LinkedHashMap<>();
            for (String clock : clocks) {
                perClock.put(clock, DoubleStream.builder());
            }
            values.put(group, perClock);
        }
    }

    /** Adds a ticket's duration to {@code all} and, with a breakdown, to its group. */
    void add(String[] labels, int row, String clock, double minutes) {
        values.get(Groups.ALL).get(clock).add(minutes);
        if (labels != null) {
            values.get(labels[row]).get(clock).add(minutes);
        }
    }

    List<DurationRow> rows() {
        List<DurationRow> rows = new java.util.ArrayList<>();
        values.forEach((group, perClock) -> {
            for (String clock : clocks) {
                rows.add(new DurationRow(
                        group,
                        clock,
                        DurationStats.of(perClock.get(clock).build().toArray())));
            }
        });
        return rows;
    }
}
