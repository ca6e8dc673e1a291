package io.verbatim.ingest.json.zendesk;

import static io.verbatim.ingest.json.JsonDocument.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.domain.dataset.ValueType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns a Zendesk JSON import stores, and how each cell is read from a ticket and its metric set. Canonical
 * columns ({@link TicketField}) come first under their keys; the rest keep Zendesk's own names.
 */
final class ZendeskColumns {

    /** One ticket (a missing node for a metrics-only import) with its joined metrics ({@link TicketMetrics#NONE}). */
    record Source(JsonNode ticket, TicketMetrics metrics) {}

    /** A stored column and how its cell is read. */
    record Field(String key, String label, ValueType type, Function<Source, String> value)
            implements RecordField<Source> {}

    private ZendeskColumns() {}

    /** The columns of a tickets import, joined with metrics when they exist. */
    static List<Field> tickets() {
        List<Field> fields = new ArrayList<>();
        fields.add(canonical(TicketField.ID, "Ticket id", s -> text(s.ticket().get("id"))));
        fields.add(canonical(
                TicketField.CREATED_AT, "Created at", s -> text(s.ticket().get("created_at"))));
        fields.addAll(timings(s -> text(s.ticket().get("created_at"))));
        fields.add(canonical(TicketField.STATUS, "Status", s -> text(s.ticket().get("status"))));
        fields.add(
                canonical(TicketField.PRIORITY, "Priority", s -> text(s.ticket().get("priority"))));
        fields.add(canonical(
                TicketField.CHANNEL,
                "Channel (via.channel)",
                s -> text(s.ticket().path("via").get("channel"))));
        fields.add(canonical(TicketField.GROUP, "Group id", s -> text(s.ticket().get("group_id"))));
        fields.add(canonical(
                TicketField.ASSIGNEE, "Assignee id", s -> text(s.ticket().get("assignee_id"))));
        fields.add(canonical(
                TicketField.REQUESTER, "Requester id", s -> text(s.ticket().get("requester_id"))));
        fields.add(canonical(
                TicketField.SATISFACTION,
                "Satisfaction rating",
                s -> text(s.ticket().path("satisfaction_rating").get("score"))));
        fields.add(canonical(TicketField.TAGS, "Tags", s -> joined(s.ticket().get("tags"))));
        fields.add(
                canonical(TicketField.SUBJECT, "Subject", s -> text(s.ticket().get("subject"))));
        fields.add(canonical(
                TicketField.DESCRIPTION, "Description", s -> text(s.ticket().get("description"))));
        fields.add(own(
                "updated_at",
                "Updated at",
                ValueType.DATETIME,
                s -> text(s.ticket().get("updated_at"))));
        fields.add(own("type", "Type", ValueType.TEXT, s -> text(s.ticket().get("type"))));
        fields.add(own("via_source_from", "Via source from", ValueType.TEXT, ZendeskColumns::viaFrom));
        fields.add(own(
                "organization_id",
                "Organization id",
                ValueType.TEXT,
                s -> text(s.ticket().get("organization_id"))));
        fields.add(
                own("brand_id", "Brand id", ValueType.TEXT, s -> text(s.ticket().get("brand_id"))));
        fields.add(own(
                "external_id",
                "External id",
                ValueType.TEXT,
                s -> text(s.ticket().get("external_id"))));
        fields.addAll(metricExtras());
        return List.copyOf(fields);
    }

    /** The columns of a metrics-only import: one row per metric set. */
    static List<Field> metrics() {
        List<Field> fields = new ArrayList<>();
        fields.add(canonical(TicketField.ID, "Ticket id", s -> s.metrics().ticketId()));
        fields.add(canonical(TicketField.CREATED_AT, "Created at (metric set)", s -> s.metrics()
                .createdAt()));
        fields.addAll(timings(s -> s.metrics().createdAt()));
        fields.add(own(
                "metric_id", "Metric set id", ValueType.TEXT, s -> s.metrics().metricId()));
        fields.add(own(
                "updated_at", "Updated at", ValueType.DATETIME, s -> s.metrics().updatedAt()));
        fields.addAll(metricExtras());
        return List.copyOf(fields);
    }

    private static List<Field> timings(Function<Source, String> createdAt) {
        return List.of(
                canonical(
                        TicketField.FIRST_REPLY_AT,
                        "First reply at (created at + first reply time, calendar minutes)",
                        s -> plusMinutes(createdAt.apply(s), s.metrics().replyCalendar())),
                canonical(TicketField.SOLVED_AT, "Solved at", s -> s.metrics().solvedAt()),
                canonical(TicketField.FIRST_REPLY_MINUTES, "First reply time, calendar minutes", s -> s.metrics()
                        .replyCalendar()),
                canonical(TicketField.RESOLUTION_MINUTES, "Full resolution time, calendar minutes", s -> s.metrics()
                        .fullResolutionCalendar()));
    }

    private static List<Field> metricExtras() {
        return List.of(
                own(
                        "first_reply_business_minutes",
                        "First reply time, business minutes",
                        ValueType.NUMBER,
                        s -> s.metrics().replyBusiness()),
                own(
                        "resolution_business_minutes",
                        "Full resolution time, business minutes",
                        ValueType.NUMBER,
                        s -> s.metrics().fullResolutionBusiness()),
                own(
                        "first_resolution_minutes",
                        "First resolution time, calendar minutes",
                        ValueType.NUMBER,
                        s -> s.metrics().firstResolutionCalendar()),
                own("agent_wait_minutes", "Agent wait time, calendar minutes", ValueType.NUMBER, s -> s.metrics()
                        .agentWaitCalendar()),
                own(
                        "agent_wait_business_minutes",
                        "Agent wait time, business minutes",
                        ValueType.NUMBER,
                        s -> s.metrics().agentWaitBusiness()),
                own(
                        "requester_wait_minutes",
                        "Requester wait time, calendar minutes",
                        ValueType.NUMBER,
                        s -> s.metrics().requesterWaitCalendar()),
                own(
                        "requester_wait_business_minutes",
                        "Requester wait time, business minutes",
                        ValueType.NUMBER,
                        s -> s.metrics().requesterWaitBusiness()),
                own("on_hold_minutes", "On-hold time, calendar minutes", ValueType.NUMBER, s -> s.metrics()
                        .onHoldCalendar()),
                own("on_hold_business_minutes", "On-hold time, business minutes", ValueType.NUMBER, s -> s.metrics()
                        .onHoldBusiness()),
                own("initially_assigned_at", "Initially assigned at", ValueType.DATETIME, s -> s.metrics()
                        .initiallyAssignedAt()),
                own("assigned_at", "Assigned at", ValueType.DATETIME, s -> s.metrics()
                        .assignedAt()),
                own("replies", "Agent replies", ValueType.NUMBER, s -> s.metrics()
                        .replies()),
                own("reopens", "Reopens", ValueType.NUMBER, s -> s.metrics().reopens()));
    }

    private static Field canonical(TicketField field, String label, Function<Source, String> value) {
        return new Field(field.key(), label, field.type(), value);
    }

    private static Field own(String key, String label, ValueType type, Function<Source, String> value) {
        return new Field(key, label, type, value);
    }

    /** {@code created} plus whole minutes, ISO-8601 with the same offset; blank when either is unknown. */
    static String plusMinutes(String created, String minutes) {
        if (created.isEmpty() || minutes.isEmpty()) {
            return "";
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(created).plusMinutes(Long.parseLong(minutes));
            return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException | NumberFormatException e) {
            return "";
        }
    }

    private static String joined(JsonNode array) {
        if (array == null || !array.isArray()) {
            return text(array);
        }
        List<String> parts = new ArrayList<>();
        array.forEach(tag -> parts.add(text(tag)));
        return String.join(", ", parts);
    }

    private static String viaFrom(Source s) {
        JsonNode from = s.ticket().path("via").path("source").path("from");
        for (String key : new String[] {"address", "name", "username", "phone"}) {
            String value = text(from.get(key));
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
