package io.verbatim.ingest.json.zendesk;

import static io.verbatim.ingest.json.JsonDocument.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.domain.dataset.ValueType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a Zendesk Chat import and how each cell is read from a chat. A chat is stored in the shape of a
 * ticket ({@link TicketField} keys first) so that ticket KPIs (first reply, resolution, satisfaction by group or
 * agent) treat chats like tickets: the chat's start is its creation, its end is when it was solved and closed, the
 * department is the group and the agents are the assignee. Chat-only figures keep Zendesk's names.
 */
final class ChatColumns {

    /** A stored column and how its cell is read from one chat. */
    record Field(String key, String label, ValueType type, Function<JsonNode, String> value)
            implements RecordField<JsonNode> {}

    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    private ChatColumns() {}

    static List<Field> all() {
        List<Field> fields = new ArrayList<>();
        fields.add(canonical(TicketField.ID, "Chat id", c -> text(c.get("id"))));
        fields.add(canonical(TicketField.CREATED_AT, "Started at (timestamp)", ChatColumns::startedAt));
        fields.add(canonical(
                TicketField.FIRST_REPLY_AT,
                "First reply at (started at + first response time)",
                c -> plusSeconds(startedAt(c), text(c.path("response_time").get("first")))));
        fields.add(canonical(TicketField.SOLVED_AT, "Ended at (end_timestamp)", ChatColumns::endedAt));
        fields.add(canonical(TicketField.CLOSED_AT, "Ended at (end_timestamp)", ChatColumns::endedAt));
        fields.add(canonical(
                TicketField.STATUS,
                "Status (closed once the chat ended)",
                c -> endedAt(c).isEmpty() ? "" : "closed"));
        fields.add(canonical(TicketField.CHANNEL, "Channel", c -> "chat"));
        fields.add(canonical(TicketField.GROUP, "Department (department_name)", c -> text(c.get("department_name"))));
        fields.add(canonical(TicketField.ASSIGNEE, "Agents (agent_names)", c -> joined(c.get("agent_names"))));
        fields.add(canonical(
                TicketField.REQUESTER, "Visitor id", c -> text(c.path("visitor").get("id"))));
        fields.add(canonical(TicketField.SATISFACTION, "Rating", c -> text(c.get("rating"))));
        fields.add(canonical(TicketField.TAGS, "Tags", c -> joined(c.get("tags"))));
        fields.add(canonical(
                TicketField.DESCRIPTION,
                "First visitor message (or offline message, or rating comment)",
                ChatTranscript::opening));
        fields.add(canonical(
                TicketField.FIRST_REPLY_MINUTES,
                "First response time, minutes (response_time.first)",
                c -> minutes(text(c.path("response_time").get("first")))));
        fields.add(canonical(
                TicketField.RESOLUTION_MINUTES,
                "Chat duration, minutes (duration)",
                c -> minutes(text(c.get("duration")))));
        fields.add(own("comment", "Rating comment", ValueType.TEXT, c -> text(c.get("comment"))));
        fields.add(own("chat_type", "Chat type (chat or offline_msg)", ValueType.TEXT, c -> text(c.get("type"))));
        fields.add(own("started_by", "Started by", ValueType.TEXT, c -> text(c.get("started_by"))));
        fields.add(own("missed", "Missed", ValueType.TEXT, c -> text(c.get("missed"))));
        fields.add(own(
                "first_response_seconds",
                "First response time, seconds",
                ValueType.NUMBER,
                c -> text(c.path("response_time").get("first"))));
        fields.add(own("duration_seconds", "Duration, seconds", ValueType.NUMBER, c -> text(c.get("duration"))));
        fields.add(own(
                "agent_messages",
                "Agent messages",
                ValueType.NUMBER,
                c -> text(c.path("count").get("agent"))));
        fields.add(own(
                "visitor_messages",
                "Visitor messages",
                ValueType.NUMBER,
                c -> text(c.path("count").get("visitor"))));
        fields.add(own("department_id", "Department id", ValueType.TEXT, c -> text(c.get("department_id"))));
        fields.add(own(
                "country",
                "Visitor country (session)",
                ValueType.TEXT,
                c -> text(c.path("session").get("country_name"))));
        fields.add(
                own("zendesk_ticket_id", "Zendesk ticket id", ValueType.TEXT, c -> text(c.get("zendesk_ticket_id"))));
        return List.copyOf(fields);
    }

    /**
     * When the chat began: its {@code timestamp}, else the start of the visitor's session. The session starts when the
     * visitor opens the site, often minutes before they write, so it is only the fallback.
     */
    static String startedAt(JsonNode chat) {
        String at = text(chat.get("timestamp"));
        return at.isEmpty() ? text(chat.path("session").get("start_date")) : at;
    }

    /** When the chat ended: {@code end_timestamp}, else the end of the session. */
    static String endedAt(JsonNode chat) {
        String at = text(chat.get("end_timestamp"));
        return at.isEmpty() ? text(chat.path("session").get("end_date")) : at;
    }

    /** {@code start} plus whole seconds, ISO-8601 with the same offset; blank when either is unknown. */
    static String plusSeconds(String start, String seconds) {
        if (start.isEmpty() || seconds.isEmpty()) {
            return "";
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(start)
                    .plusSeconds(new BigDecimal(seconds)
                            .setScale(0, RoundingMode.HALF_UP)
                            .longValueExact());
            return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            return "";
        }
    }

    /** Seconds as minutes with at most two decimals ({@code 12} → {@code 0.2}); blank when not a number. */
    static String minutes(String seconds) {
        if (seconds.isEmpty()) {
            return "";
        }
        try {
            return new BigDecimal(seconds)
                    .divide(SECONDS_PER_MINUTE, 2, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static Field canonical(TicketField field, String label, Function<JsonNode, String> value) {
        return new Field(field.key(), label, field.type(), value);
    }

    private static Field own(String key, String label, ValueType type, Function<JsonNode, String> value) {
        return new Field(key, label, type, value);
    }

    private static String joined(JsonNode array) {
        if (array == null || !array.isArray()) {
            return text(array);
        }
        List<String> parts = new ArrayList<>();
        array.forEach(item -> parts.add(text(item)));
        return String.join(", ", parts);
    }
}
