package io.verbatim.domain.dataset;

import java.util.Locale;

/**
 * The canonical columns of a ticket dataset. Every ticket importer (Zendesk, Freshdesk, Jira Service Management,
 * Intercom, generic) stores these under {@link #key()}, whatever the export called them, so ticket KPIs read one
 * shape. Columns an export has beyond these are kept under their own names. Times are ISO-8601 with an offset when
 * the export gives one.
 */
public enum TicketField {
    ID(ValueType.TEXT),
    CREATED_AT(ValueType.DATETIME),
    FIRST_REPLY_AT(ValueType.DATETIME),
    SOLVED_AT(ValueType.DATETIME),
    CLOSED_AT(ValueType.DATETIME),
    STATUS(ValueType.TEXT),
    PRIORITY(ValueType.TEXT),
    CHANNEL(ValueType.TEXT),
    GROUP(ValueType.TEXT),
    ASSIGNEE(ValueType.TEXT),
    REQUESTER(ValueType.TEXT),
    SATISFACTION(ValueType.TEXT),
    TAGS(ValueType.TEXT),
    SUBJECT(ValueType.TEXT),
    DESCRIPTION(ValueType.TEXT),
    /**
     * First reply time in minutes when the export gives the duration rather than the time (Zendesk metrics, Freshdesk,
     * Intercom). Tools measure it on different clocks; a table import says which in the column's label (ADR 0020).
     */
    FIRST_REPLY_MINUTES(ValueType.NUMBER),
    /** Full resolution time in minutes when the export gives the duration rather than the time. */
    RESOLUTION_MINUTES(ValueType.NUMBER);

    private final ValueType type;

    TicketField(ValueType type) {
        this.type = type;
    }

    /** The column key, e.g. {@code first_reply_at}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ValueType type() {
        return type;
    }
}
