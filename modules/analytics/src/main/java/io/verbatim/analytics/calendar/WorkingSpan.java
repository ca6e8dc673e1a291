package io.verbatim.analytics.calendar;

/**
 * One stretch of working time within a day, in minutes after local midnight: {@code [start, end)}. An end of 1440 is
 * the following midnight ({@code 24:00}), so a 24-hour day is one span.
 *
 * @param start first working minute of the day, 0–1439
 * @param end minute the work stops, after {@code start}, at most 1440
 */
public record WorkingSpan(int start, int end) {

    /** Minutes in a day; the largest end a span may have. */
    public static final int DAY = 24 * 60;

    public WorkingSpan {
        if (start < 0 || end > DAY || end <= start) {
            throw new IllegalArgumentException("a working span runs from 00:00 to 24:00 and ends after it starts");
        }
    }

    public int minutes() {
        return end - start;
    }

    @Override
    public String toString() {
        return clock(start) + "-" + clock(end);
    }

    static String clock(int minute) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }
}
