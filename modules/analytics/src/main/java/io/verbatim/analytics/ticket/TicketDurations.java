package io.verbatim.analytics.ticket;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Per ticket, the first reply or resolution time on the clock the dashboard's histogram shows: business minutes on
 * the request's calendar when the dataset has times (as {@link DurationCalculator} measures them), else the stated
 * business minutes, else the stated minutes. A ticket the KPI leaves out (no start, no end, ending before it starts,
 * a blank stated duration) is NaN, so the histogram counts exactly the tickets the KPI's n counts.
 */
final class TicketDurations {

    private TicketDurations() {}

    static PerTicket of(TicketTable table, KpiRequest request) {
        boolean frt = request.metric() == KpiMetric.FRT;
        String start = request.start() != null ? request.start() : DurationCalculator.CREATED;
        List<String> ends = request.end() != null
                ? List.of(request.end())
                : frt ? List.of("first_reply_at") : request.profile().resolutionEnds();
        if (table.hasValues(start) && ends.stream().anyMatch(table::has)) {
            ClockSpan span =
                    ClockSpan.read(table, start, ends, request.calendar().zone());
            double[] minutes = new double[table.rows()];
            for (int row = 0; row < minutes.length; row++) {
                Instant from = span.starts()[row];
                Instant to = span.ends()[row];
                minutes[row] = from == null || to == null || to.isBefore(from)
                        ? Double.NaN
                        : DurationCalculator.minutes(request.calendar().between(from, to));
            }
            return new PerTicket(DurationCalculator.BUSINESS, minutes);
        }
        String stated = frt ? "first_reply_minutes" : "resolution_minutes";
        String business = frt ? "first_reply_business_minutes" : "resolution_business_minutes";
        if (table.hasValues(business)) {
            return new PerTicket(DurationCalculator.STATED_BUSINESS, numbers(table, business));
        }
        if (table.hasValues(stated)) {
            return new PerTicket(DurationCalculator.STATED, numbers(table, stated));
        }
        throw new KpiException("dataset " + table.dataset() + " has neither " + start + " and "
                + String.join(" or ", ends) + " times nor a stated " + stated);
    }

    private static double[] numbers(TicketTable table, String key) {
        String[] cells = table.column(key).orElseThrow();
        double[] minutes = new double[cells.length];
        Arrays.fill(minutes, Double.NaN);
        for (int row = 0; row < cells.length; row++) {
            try {
                double value = Double.parseDouble(cells[row].strip());
                if (value >= 0) {
                    minutes[row] = value;
                }
            } catch (NumberFormatException e) {
                // blank or text: left out, as the KPI leaves it out
            }
        }
        return minutes;
    }

    /**
     * One clock's durations.
     *
     * @param clock {@code business}, {@code stated business} or {@code stated}, as {@link DurationRow#clock()} names it
     * @param minutes per ticket, NaN when the ticket is not measured
     */
    record PerTicket(String clock, double[] minutes) {}
}
