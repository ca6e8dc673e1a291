package io.verbatim.analytics.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How many records fell on each day from {@code first} to {@code last}, quiet days included, so two sources (mentions
 * and tickets) can be put on one axis. Days are the date part of the ISO-8601 cells as the export wrote them.
 *
 * @param first the first day of the axis
 * @param counts one count per day from {@code first}
 * @param undated cells that are blank or not a date, left out
 */
public record DailyCounts(LocalDate first, long[] counts, long undated) {

    /** The days of {@code cells} counted on the axis {@code from}–{@code to} (inclusive); days outside are ignored. */
    public static DailyCounts of(String[] cells, LocalDate from, LocalDate to) {
        long[] counts = new long[Math.toIntExact(ChronoUnit.DAYS.between(from, to) + 1)];
        long undated = 0;
        for (String cell : cells) {
            LocalDate day = day(cell);
            if (day == null) {
                undated++;
            } else if (!day.isBefore(from) && !day.isAfter(to)) {
                counts[Math.toIntExact(ChronoUnit.DAYS.between(from, day))]++;
            }
        }
        return new DailyCounts(from, counts, undated);
    }

    /** The first and last day any of the columns mentions, or null when none has a date. */
    public static LocalDate[] span(List<String[]> columns) {
        LocalDate first = null;
        LocalDate last = null;
        for (String[] cells : columns) {
            for (String cell : cells) {
                LocalDate day = day(cell);
                if (day != null) {
                    first = first == null || day.isBefore(first) ? day : first;
                    last = last == null || day.isAfter(last) ? day : last;
                }
            }
        }
        return first == null ? null : new LocalDate[] {first, last};
    }

    /** The axis' days as ISO labels. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            labels.add(first.plusDays(i).toString());
        }
        return labels;
    }

    private static LocalDate day(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
