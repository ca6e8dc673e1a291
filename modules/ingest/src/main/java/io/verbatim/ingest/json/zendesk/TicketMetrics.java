package io.verbatim.ingest.json.zendesk;

import static io.verbatim.ingest.json.JsonDocument.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures of one Zendesk ticket-metric set, kept as the export wrote them (strings) so that an index of a whole
 * export's metrics stays small: durations in minutes, times as ISO-8601. Requester wait, agent wait and on-hold time
 * are kept on both of Zendesk's clocks: they add up time per status change on the schedule in force at each change,
 * so they cannot be recomputed from two timestamps (METRICS.md).
 */
record TicketMetrics(
        String metricId,
        String ticketId,
        String createdAt,
        String updatedAt,
        String solvedAt,
        String initiallyAssignedAt,
        String assignedAt,
        String replyCalendar,
        String replyBusiness,
        String firstResolutionCalendar,
        String fullResolutionCalendar,
        String fullResolutionBusiness,
        String agentWaitCalendar,
        String agentWaitBusiness,
        String requesterWaitCalendar,
        String requesterWaitBusiness,
        String onHoldCalendar,
        String onHoldBusiness,
        String replies,
        String reopens) {

    static final TicketMetrics NONE =
            new TicketMetrics("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");

    /** Reads a metric set: an element of {@code ticket_metrics} or {@code metric_sets}, or a ticket's {@code metric_set}. */
    static TicketMetrics of(JsonNode m) {
        return new TicketMetrics(
                text(m.get("id")),
                text(m.get("ticket_id")),
                text(m.get("created_at")),
                text(m.get("updated_at")),
                text(m.get("solved_at")),
                text(m.get("initially_assigned_at")),
                text(m.get("assigned_at")),
                minutes(m, "reply_time_in_minutes", "calendar"),
                minutes(m, "reply_time_in_minutes", "business"),
                minutes(m, "first_resolution_time_in_minutes", "calendar"),
                minutes(m, "full_resolution_time_in_minutes", "calendar"),
                minutes(m, "full_resolution_time_in_minutes", "business"),
                minutes(m, "agent_wait_time_in_minutes", "calendar"),
                minutes(m, "agent_wait_time_in_minutes", "business"),
                minutes(m, "requester_wait_time_in_minutes", "calendar"),
                minutes(m, "requester_wait_time_in_minutes", "business"),
                minutes(m, "on_hold_time_in_minutes", "calendar"),
                minutes(m, "on_hold_time_in_minutes", "business"),
                text(m.get("replies")),
                text(m.get("reopens")));
    }

    private static String minutes(JsonNode m, String metric, String clock) {
        JsonNode value = m.path(metric);
        return value.isObject() ? text(value.get(clock)) : text(value);
    }
}
