package io.verbatim.analytics.ticket;

import io.verbatim.analytics.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * First reply time and full resolution time. From timestamps when the dataset has them, on two clocks: calendar
 * (elapsed) and business (the request's calendar). When the export states only a duration ({@code first_reply_minutes}
 * / {@code resolution_minutes}), that duration is used as the tool measured it, its clock taken from the column's
 * label; business time is then not recomputed, since a duration cannot be placed on a calendar.
 */
final class DurationCalculator {

    static final String CALENDAR = "calendar";
    static final String BUSINESS = "business";
    static final String STATED = "stated";
    static final String STATED_BUSINESS = "stated business";
    static final String CREATED = "created_at";

    private DurationCalculator() {}

    static DurationResult compute(TicketTable table, KpiRequest request) {
        boolean frt = request.metric() == KpiMetric.FRT;
        String start = request.start() != null ? request.start() : CREATED;
        List<String> ends = request.end() != null
                ? List.of(request.end())
                : frt ? List.of("first_reply_at") : request.profile().resolutionEnds();
        boolean custom = request.start() != null || request.end() != null;
        String stated = frt ? "first_reply_minutes" : "resolution_minutes";
        if (table.hasValues(start) && ends.stream().anyMatch(table::hasValues)) {
            return fromTimes(
                    table,
                    request,
                    ClockSpan.read(table, start, ends, request.calendar().zone()));
        }
        if (!custom && table.hasValues(stated)) {
            return StatedDurations.compute(
                    table, request, stated, frt ? "first_reply_business_minutes" : "resolution_business_minutes");
        }
        if (table.hasValues(start) && ends.stream().anyMatch(table::has)) {
            // The end column is there but blank everywhere (nothing answered or solved yet): n = 0, and said so.
            return fromTimes(
                    table,
                    request,
                    ClockSpan.read(table, start, ends, request.calendar().zone()));
        }
        throw new KpiException("cannot compute " + request.metric().title().toLowerCase(java.util.Locale.ROOT)
                + " for dataset " + table.dataset() + ": " + missing(table, start, ends, stated)
                + "; --profile custom --start COL --end COL can time it between two other time columns");
    }

    private static String missing(TicketTable table, String start, List<String> ends, String stated) {
        List<String> absent = new ArrayList<>();
        if (!table.hasValues(start)) {
            absent.add(start);
        }
        if (ends.stream().noneMatch(table::hasValues)) {
            absent.add(String.join(" or ", ends));
        }
        return "it has no times in " + String.join(" and ", absent) + " and no stated " + stated;
    }

    private static DurationResult fromTimes(TicketTable table, KpiRequest request, ClockSpan span) {
        BusinessCalendar calendar = request.calendar();
        String[] labels = Groups.labels(table, request.by());
        Samples samples = new Samples(Groups.rows(labels, table.rows()).keySet(), List.of(CALENDAR, BUSINESS));
        long noStart = 0;
        long noEnd = 0;
        long backwards = 0;
        long outside = 0;
        for (int row = 0; row < table.rows(); row++) {
            Instant from = span.starts()[row];
            Instant to = span.ends()[row];
            if (from == null) {
                noStart++;
            } else if (to == null) {
                noEnd++;
            } else if (to.isBefore(from)) {
                backwards++;
            } else {
                samples.add(labels, row, CALENDAR, minutes(Duration.between(from, to)));
                samples.add(labels, row, BUSINESS, minutes(calendar.between(from, to)));
                if (Definitions.outside(calendar, from) || Definitions.outside(calendar, to)) {
                    outside++;
                }
            }
        }
        List<String> definition = new ArrayList<>();
        definition.add(request.metric().title().toLowerCase(java.util.Locale.ROOT) + " per ticket = "
                + span.startKey() + " → " + span.endText()
                + (span.endKeys().size() > 1 ? " (" + span.endUse() + ")" : ""));
        definition.add(Definitions.clocks(calendar));
        definition.add("profile " + request.profile().wireName() + ": headline statistic "
                + request.profile().headline() + "; tickets without an end time are left out"
                + (request.metric() == KpiMetric.RESOLUTION ? " (unsolved tickets have no resolution time)" : ""));
        definition.add(DurationStats.PERCENTILE_RULE);
        if (TicketTimes.hasLocalTimes(table, span.startKey())) {
            definition.add(Definitions.localTimes(calendar));
        }
        List<String> notes = new ArrayList<>();
        addCount(notes, noStart, "without " + span.startKey() + " left out");
        addCount(
                notes,
                noEnd,
                "without " + span.endText() + " left out (not "
                        + (request.metric() == KpiMetric.FRT ? "answered" : "solved") + " yet)");
        addCount(
                notes,
                backwards,
                "end before they start (" + span.endText() + " earlier than " + span.startKey() + "), left out");
        notes.addAll(Definitions.coverage(calendar, outside));
        return new DurationResult(header(table, request, definition, notes), samples.rows());
    }

    static KpiHeader header(TicketTable table, KpiRequest request, List<String> definition, List<String> notes) {
        return new KpiHeader(request.metric(), table.dataset(), request.profile(), request.by(), definition, notes);
    }

    static void addCount(List<String> notes, long n, String what) {
        if (n > 0) {
            notes.add(Definitions.count(n, what));
        }
    }

    static double minutes(Duration duration) {
        return duration.toMillis() / 60_000.0;
    }
}
