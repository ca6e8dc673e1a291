package io.verbatim.analytics.ticket;

import io.verbatim.analytics.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SLA compliance per ticket: met when the clock (created → first reply, or created → solved) stays within the
 * ticket's target, breached otherwise; a ticket still waiting is breached once its target has passed by the dataset's
 * latest time, pending before that and left out of the rate. % within SLA = met / (met + breached), on the calendar
 * and on the business clock, with a Wilson 95% interval.
 */
final class SlaCalculator {

    private static final String[] CLOCKS = {DurationCalculator.CALENDAR, DurationCalculator.BUSINESS};

    private SlaCalculator() {}

    static RateResult compute(TicketTable table, KpiRequest request) {
        SlaTargets sla = request.sla();
        if (sla == null) {
            throw new KpiException("--metric sla needs targets: --sla urgent=1h,high=4h,normal=8h,low=24h (or a file"
                    + " with one PRIORITY=TIME a line)");
        }
        String start = request.start() != null ? request.start() : DurationCalculator.CREATED;
        List<String> ends = request.end() != null
                ? List.of(request.end())
                : sla.on() == KpiMetric.FRT
                        ? List.of("first_reply_at")
                        : request.profile().resolutionEnds();
        require(table, start, "the clock's start");
        if (ends.stream().noneMatch(table::has)) {
            throw new KpiException("dataset " + table.dataset() + " has no " + String.join(" or ", ends)
                    + " column; SLA compliance is judged on times");
        }
        String[] priority = sla.onlyCatchAll() ? null : require(table, "priority", "the targets are per priority");
        String[] channel = sla.byChannel() ? require(table, "channel", "some targets are per channel") : null;
        BusinessCalendar calendar = request.calendar();
        ClockSpan span = ClockSpan.read(table, start, ends, calendar.zone());
        Instant asOf = latest(span);
        Verdicts verdicts = judge(table, sla, priority, channel, span, calendar, asOf);
        String[] labels = Groups.labels(table, request.by());
        Map<String, long[][]> counts = new LinkedHashMap<>();
        Groups.rows(labels, table.rows())
                .keySet()
                .forEach(g -> counts.put(g, new long[CLOCKS.length][Outcome.values().length]));
        for (int row = 0; row < table.rows(); row++) {
            for (int clock = 0; clock < CLOCKS.length; clock++) {
                Outcome outcome = verdicts.outcomes()[clock][row];
                if (outcome != null) {
                    count(counts, labels, row, clock, outcome);
                }
            }
        }
        long noStart = verdicts.noStart();
        long noTarget = verdicts.noTarget();
        long backwards = verdicts.backwards();
        List<RateRow> rows = new ArrayList<>();
        counts.forEach((group, perClock) -> {
            for (int c = 0; c < CLOCKS.length; c++) {
                long[] n = perClock[c];
                Map<String, Long> detail = new LinkedHashMap<>();
                detail.put("met", n[Outcome.MET.ordinal()]);
                detail.put("breached", n[Outcome.BREACHED.ordinal()]);
                detail.put("pending", n[Outcome.PENDING.ordinal()]);
                rows.add(RateRow.of(
                        group,
                        CLOCKS[c],
                        n[Outcome.MET.ordinal()],
                        n[Outcome.MET.ordinal()] + n[Outcome.BREACHED.ordinal()],
                        detail));
            }
        });
        List<String> definition = List.of(
                "SLA on " + sla.on().title().toLowerCase(java.util.Locale.ROOT) + ": met when " + span.startKey()
                        + " → "
                        + span.endText() + " is within the ticket's target; targets " + sla.describe()
                        + " (priority/channel first, then priority, then *)",
                "a ticket still waiting is breached once its target has passed by " + asOf
                        + " (the latest time in the dataset), pending before that and left out of the rate",
                "% within SLA = met / (met + breached), per ticket, with a Wilson 95% interval",
                Definitions.clocks(calendar),
                "profile " + request.profile().wireName());
        List<String> notes = new ArrayList<>();
        DurationCalculator.addCount(notes, noStart, "without " + span.startKey() + " left out");
        DurationCalculator.addCount(notes, noTarget, "have a priority without a target, left out");
        DurationCalculator.addCount(notes, backwards, "end before they start, left out");
        return new RateResult(DurationCalculator.header(table, request, definition, notes), rows);
    }

    /**
     * Per ticket, whether it breached its SLA on the request's business clock (on a 24/7 calendar, the elapsed time):
     * what links "customers who had an SLA breach" to other sources. Tickets left out of the rate (no start, no target,
     * pending) are not breached.
     */
    static boolean[] breached(TicketTable table, KpiRequest request) {
        SlaTargets sla = request.sla();
        if (sla == null) {
            throw new KpiException("an SLA breach needs targets: --sla urgent=1h,high=4h,normal=8h,low=24h");
        }
        String start = request.start() != null ? request.start() : DurationCalculator.CREATED;
        List<String> ends = request.end() != null
                ? List.of(request.end())
                : sla.on() == KpiMetric.FRT
                        ? List.of("first_reply_at")
                        : request.profile().resolutionEnds();
        require(table, start, "the clock's start");
        String[] priority = sla.onlyCatchAll() ? null : require(table, "priority", "the targets are per priority");
        String[] channel = sla.byChannel() ? require(table, "channel", "some targets are per channel") : null;
        ClockSpan span = ClockSpan.read(table, start, ends, request.calendar().zone());
        Outcome[] business = judge(table, sla, priority, channel, span, request.calendar(), latest(span))
                .outcomes()[1];
        boolean[] breached = new boolean[table.rows()];
        for (int row = 0; row < breached.length; row++) {
            breached[row] = business[row] == Outcome.BREACHED;
        }
        return breached;
    }

    /** Each ticket's outcome per clock (null when left out), and why tickets were left out. */
    private record Verdicts(Outcome[][] outcomes, long noStart, long noTarget, long backwards) {}

    private static Verdicts judge(
            TicketTable table,
            SlaTargets sla,
            String[] priority,
            String[] channel,
            ClockSpan span,
            BusinessCalendar calendar,
            Instant asOf) {
        Outcome[][] outcomes = new Outcome[CLOCKS.length][table.rows()];
        long noStart = 0;
        long noTarget = 0;
        long backwards = 0;
        for (int row = 0; row < table.rows(); row++) {
            Instant from = span.starts()[row];
            Instant to = span.ends()[row];
            Optional<Duration> target =
                    sla.target(priority == null ? "" : priority[row], channel == null ? "" : channel[row]);
            if (from == null) {
                noStart++;
            } else if (target.isEmpty()) {
                noTarget++;
            } else if (to != null && to.isBefore(from)) {
                backwards++;
            } else {
                Instant end = to == null ? asOf : to;
                outcomes[0][row] = Outcome.of(Duration.between(from, end), target.get(), to != null);
                outcomes[1][row] = Outcome.of(calendar.between(from, end), target.get(), to != null);
            }
        }
        return new Verdicts(outcomes, noStart, noTarget, backwards);
    }

    private static void count(Map<String, long[][]> counts, String[] labels, int row, int clock, Outcome outcome) {
        counts.get(Groups.ALL)[clock][outcome.ordinal()]++;
        if (labels != null) {
            counts.get(labels[row])[clock][outcome.ordinal()]++;
        }
    }

    private static String[] require(TicketTable table, String key, String why) {
        if (!table.hasValues(key)) {
            throw new KpiException("dataset " + table.dataset() + " has no " + key + " column (or it is empty); SLA"
                    + " compliance needs it: " + why);
        }
        return table.column(key).orElseThrow();
    }

    private static Instant latest(ClockSpan span) {
        Instant latest = Instant.MIN;
        for (int row = 0; row < span.starts().length; row++) {
            for (Instant time : new Instant[] {span.starts()[row], span.ends()[row]}) {
                if (time != null && time.isAfter(latest)) {
                    latest = time;
                }
            }
        }
        return latest;
    }

    private enum Outcome {
        MET,
        BREACHED,
        PENDING;

        static Outcome of(Duration elapsed, Duration target, boolean stopped) {
            if (elapsed.compareTo(target) > 0) {
                return BREACHED;
            }
            return stopped ? MET : PENDING;
        }
    }
}
