package io.verbatim.analytics.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The working time of one day: sorted, non-overlapping spans, or none on a day off. Weekdays, transferred working days
 * and shortened pre-holiday days are all described by one of these.
 *
 * @param spans the working spans in the order of the day
 */
public record DayHours(List<WorkingSpan> spans) {

    /** A day without working time. */
    public static final DayHours OFF = new DayHours(List.of());

    public DayHours {
        spans = List.copyOf(spans);
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).start() < spans.get(i - 1).end()) {
                throw new IllegalArgumentException(
                        "working spans " + spans.get(i - 1) + " and " + spans.get(i) + " overlap or are out of order");
            }
        }
    }

    public boolean isOff() {
        return spans.isEmpty();
    }

    public int minutes() {
        return spans.stream().mapToInt(WorkingSpan::minutes).sum();
    }

    /**
     * The same day ending {@code minutes} earlier, as on a Russian pre-holiday day (Labour Code art. 95: one hour
     * shorter). The cut is taken from the end of the day, dropping spans it swallows.
     */
    public DayHours shortenedBy(int minutes) {
        List<WorkingSpan> kept = new ArrayList<>(spans);
        int left = minutes;
        while (left > 0 && !kept.isEmpty()) {
            WorkingSpan last = kept.removeLast();
            if (last.minutes() > left) {
                kept.add(new WorkingSpan(last.start(), last.end() - left));
                left = 0;
            } else {
                left -= last.minutes();
            }
        }
        return new DayHours(kept);
    }

    @Override
    public String toString() {
        return isOff() ? "off" : spans.stream().map(WorkingSpan::toString).collect(Collectors.joining(","));
    }
}
