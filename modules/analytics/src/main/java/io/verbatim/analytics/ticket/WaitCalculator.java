package io.verbatim.analytics.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Requester wait, agent wait and on-hold time, as Zendesk's ticket metrics state them in minutes on its two clocks.
 * These are multi-event metrics: Zendesk adds up the time of every spell in some statuses, each spell on the schedule
 * in force when the status changed. Two timestamps cannot reproduce that, and we import no status events, so the
 * stated minutes are used as they are and nothing is recomputed on our calendar (METRICS.md, ADR 0024).
 */
final class WaitCalculator {

    static final String STATED_CALENDAR = "stated calendar";
    static final String STATED_BUSINESS = "stated business";

    /** The stored columns of one wait metric and the Zendesk statuses whose time it sums. */
    private record Wait(String calendarKey, String businessKey, String statuses) {

        static Wait of(KpiMetric metric) {
            return switch (metric) {
                case REQUESTER_WAIT ->
                    new Wait(
                            "requester_wait_minutes",
                            "requester_wait_business_minutes",
                            "New, Open and On-hold (waiting for the team)");
                case AGENT_WAIT ->
                    new Wait(
                            "agent_wait_minutes", "agent_wait_business_minutes", "Pending (waiting for the requester)");
                case ON_HOLD ->
                    new Wait("on_hold_minutes", "on_hold_business_minutes", "On-hold (waiting for a third party)");
                default -> throw new IllegalArgumentException(metric + " is not a stated wait");
            };
        }
    }

    private WaitCalculator() {}

    static DurationResult compute(TicketTable table, KpiRequest request) {
        String name = request.metric().title().toLowerCase(Locale.ROOT);
        if (request.start() != null || request.end() != null) {
            throw new KpiException("--start and --end do not apply to " + name + ": Zendesk states it per ticket;"
                    + " leave them out");
        }
        Wait wait = Wait.of(request.metric());
        boolean calendar = table.has(wait.calendarKey());
        boolean business = table.has(wait.businessKey());
        if (!calendar && !business) {
            throw new KpiException("dataset " + table.dataset() + " has no " + name + " (" + wait.calendarKey()
                    + "): only the Zendesk ticket metrics JSON carries it; import tickets.json with"
                    + " ticket_metrics.json beside it, or ticket_metrics.json alone");
        }
        List<String> clocks = new ArrayList<>();
        if (calendar) {
            clocks.add(STATED_CALENDAR);
        }
        if (business) {
            clocks.add(STATED_BUSINESS);
        }
        String[] labels = Groups.labels(table, request.by());
        Samples samples = new Samples(Groups.rows(labels, table.rows()).keySet(), clocks);
        List<String> notes = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        if (calendar) {
            long blank = StatedDurations.collect(table, wait.calendarKey(), labels, samples, STATED_CALENDAR);
            notes.addAll(blanks(blank, wait.calendarKey()));
            columns.add(STATED_CALENDAR + " = " + described(table, wait.calendarKey()));
        } else {
            notes.add(absent(wait.calendarKey()));
        }
        if (business) {
            long blank = StatedDurations.collect(table, wait.businessKey(), labels, samples, STATED_BUSINESS);
            notes.addAll(blanks(blank, wait.businessKey()));
            columns.add(STATED_BUSINESS + " = " + described(table, wait.businessKey()));
        } else {
            notes.add(absent(wait.businessKey()));
        }
        List<String> definition = new ArrayList<>();
        definition.add(name + " per ticket = the time the ticket spent in " + wait.statuses()
                + ", added up over its status changes");
        definition.add(
                "stated by the tool (Zendesk ticket metrics), not recomputed; business = Zendesk's own schedule");
        definition.add(String.join("; ", columns));
        definition.add("Zendesk counts each status change on the schedule in force at that change, so two timestamps"
                + " cannot give it back; --calendar does not apply");
        definition.add("profile " + request.profile().wireName() + ": headline statistic "
                + request.profile().headline());
        definition.add(DurationStats.PERCENTILE_RULE);
        return new DurationResult(DurationCalculator.header(table, request, definition, notes), samples.rows());
    }

    private static String described(TicketTable table, String key) {
        return key + " (\"" + table.label(key) + "\")";
    }

    private static String absent(String key) {
        return "the dataset has no " + key + " (imported before Verbatim kept it?); re-import the Zendesk JSON to get"
                + " that clock";
    }

    private static List<String> blanks(long blank, String key) {
        if (blank == 0) {
            return List.of();
        }
        return List.of(Definitions.count(
                blank,
                "without a stated " + key + " left out (no metric set, or Zendesk" + " has not recorded it yet)"));
    }
}
