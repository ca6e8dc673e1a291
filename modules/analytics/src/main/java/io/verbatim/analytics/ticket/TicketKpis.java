package io.verbatim.analytics.ticket;

import java.util.Map;

/**
 * The entry point for ticket KPIs: computes the requested KPI from a dataset's canonical ticket columns. Durations
 * (first reply, resolution) come as n, mean, median and p90 in calendar and business time; rates (SLA, first contact,
 * repeat contacts, reopens) as hits of n with a Wilson 95% interval; the backlog as a series; requester wait, agent
 * wait and on-hold time as the minutes Zendesk states, on its two clocks. Every result carries the
 * definition it follows, so callers print it with the figures.
 */
public final class TicketKpis {

    private TicketKpis() {}

    public static KpiResult compute(TicketTable table, KpiRequest request) {
        return switch (request.metric()) {
            case FRT, RESOLUTION -> DurationCalculator.compute(table, request);
            case SLA -> SlaCalculator.compute(table, request);
            case FCR -> FirstContactCalculator.compute(table, request);
            case REPEAT -> RepeatContactCalculator.compute(table, request);
            case REOPEN -> ReopenCalculator.compute(table, request);
            case BACKLOG -> BacklogCalculator.compute(table, request);
            case REQUESTER_WAIT, AGENT_WAIT, ON_HOLD -> WaitCalculator.compute(table, request);
        };
    }

    /**
     * Per ticket, whether it breached its SLA (the request's targets, on its calendar's business clock).
     *
     * @throws KpiException when the request has no targets or the table lacks a column they need
     */
    public static boolean[] slaBreached(TicketTable table, KpiRequest request) {
        return SlaCalculator.breached(table, request);
    }

    /**
     * Per ticket, the first reply or resolution minutes on the headline clock of a dashboard histogram (business time
     * from times, else the stated durations), NaN for a ticket the KPI leaves out.
     *
     * @return the clock's name, as {@link DurationRow#clock()} gives it, and the minutes
     * @throws KpiException when the dataset has neither times nor stated durations
     */
    public static Map.Entry<String, double[]> durations(TicketTable table, KpiRequest request) {
        TicketDurations.PerTicket durations = TicketDurations.of(table, request);
        return Map.entry(durations.clock(), durations.minutes());
    }
}
