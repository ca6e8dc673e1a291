package io.verbatim.analytics.ticket;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backlog over time: tickets open at the end of each day or ISO week (the following midnight in the calendar's zone):
 * created by then and not yet solved or closed. Each ticket adds one to the periods it is open in (a difference array),
 * so a long series costs one pass over the tickets.
 */
final class BacklogCalculator {

    private BacklogCalculator() {}

    static BacklogResult compute(TicketTable table, KpiRequest request) {
        if (!table.hasValues(DurationCalculator.CREATED)) {
            throw new KpiException("dataset " + table.dataset() + " has no created_at values; the backlog counts"
                    + " tickets from their creation");
        }
        ZoneId zone = request.calendar().zone();
        List<String> ends = request.end() != null
                ? List.of(request.end())
                : request.profile().resolutionEnds();
        ClockSpan span = ClockSpan.read(table, DurationCalculator.CREATED, ends, zone);
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (int row = 0; row < table.rows(); row++) {
            for (Instant time : new Instant[] {span.starts()[row], span.ends()[row]}) {
                if (time != null && span.starts()[row] != null) {
                    LocalDate day = LocalDate.ofInstant(time, zone);
                    first = day.isBefore(first) ? day : first;
                    last = day.isAfter(last) ? day : last;
                }
            }
        }
        List<LocalDate> periodEnds = periodEnds(first, last, request.period());
        String[] labels = Groups.labels(table, request.by());
        Map<String, long[]> deltas = new LinkedHashMap<>();
        Groups.rows(labels, table.rows()).keySet().forEach(g -> deltas.put(g, new long[periodEnds.size() + 1]));
        long noStart = 0;
        long backwards = 0;
        for (int row = 0; row < table.rows(); row++) {
            Instant created = span.starts()[row];
            Instant end = span.ends()[row];
            if (created == null) {
                noStart++;
            } else if (end != null && end.isBefore(created)) {
                backwards++;
            } else {
                int from = firstEndOnOrAfter(periodEnds, LocalDate.ofInstant(created, zone));
                // Open at a period's end while the end time lies on a later day than that period's last day.
                int to =
                        end == null ? periodEnds.size() : firstEndOnOrAfter(periodEnds, LocalDate.ofInstant(end, zone));
                mark(deltas.get(Groups.ALL), from, to);
                if (labels != null) {
                    mark(deltas.get(labels[row]), from, to);
                }
            }
        }
        List<BacklogPoint> points = new ArrayList<>();
        Map<String, Long> running = new LinkedHashMap<>();
        for (int p = 0; p < periodEnds.size(); p++) {
            for (Map.Entry<String, long[]> group : deltas.entrySet()) {
                long open = running.merge(group.getKey(), group.getValue()[p], Long::sum);
                points.add(new BacklogPoint(periodEnds.get(p), group.getKey(), open));
            }
        }
        List<String> definition = List.of(
                "backlog = tickets created by the end of each "
                        + request.period().name().toLowerCase(java.util.Locale.ROOT)
                        + " (the following midnight, " + zone.getId() + ") and not resolved by then; resolved = "
                        + span.endText() + "; a ticket without one counts as open to the end of the series",
                "a count of tickets, so there is no business-time reading",
                "profile " + request.profile().wireName());
        List<String> notes = new ArrayList<>();
        DurationCalculator.addCount(notes, noStart, "without created_at left out");
        DurationCalculator.addCount(notes, backwards, "resolved before they were created, left out");
        return new BacklogResult(DurationCalculator.header(table, request, definition, notes), points);
    }

    private static void mark(long[] delta, int from, int to) {
        if (from < to) {
            delta[from]++;
            delta[to]--;
        }
    }

    /** Index of the first period whose last day is on or after {@code day}; the number of periods when none is. */
    private static int firstEndOnOrAfter(List<LocalDate> periodEnds, LocalDate day) {
        if (periodEnds.isEmpty()) {
            return 0;
        }
        long step = ChronoUnit.DAYS.between(
                periodEnds.getFirst(),
                periodEnds.size() > 1
                        ? periodEnds.get(1)
                        : periodEnds.getFirst().plusDays(1));
        long index = Math.floorDiv(ChronoUnit.DAYS.between(periodEnds.getFirst(), day) + step - 1, step);
        return (int) Math.max(0, Math.min(periodEnds.size(), index));
    }

    private static List<LocalDate> periodEnds(LocalDate first, LocalDate last, BacklogPeriod period) {
        List<LocalDate> ends = new ArrayList<>();
        if (first.isAfter(last)) {
            return ends;
        }
        LocalDate end =
                period == BacklogPeriod.WEEK ? first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : first;
        int step = period == BacklogPeriod.WEEK ? 7 : 1;
        while (true) {
            ends.add(end);
            if (!end.isBefore(last)) {
                break;
            }
            end = end.plusDays(step);
        }
        return ends;
    }
}
