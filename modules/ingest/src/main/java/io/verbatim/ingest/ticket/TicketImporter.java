package io.verbatim.ingest.ticket;

import io.verbatim.ingest.mapping.TableImporter;

/**
 * Ticket exports that are plain tables (CSV or XLSX): Zendesk views and Explore ({@code zendesk-csv}), Freshdesk
 * ({@code freshdesk}), Jira Service Management ({@code jira-sm}), Intercom conversations ({@code intercom}), the
 * public customer-support-tickets table ({@code generic-tickets}), Russian help-desk exports ({@code tickets-ru}) and,
 * when asked for tickets explicitly or when enough ticket columns are present, any other table ({@code generic}).
 * Freshdesk's and Intercom's durations are also stored in minutes, and Jira's SLA timers as minutes left to the goal.
 */
public final class TicketImporter extends TableImporter {

    public TicketImporter() {
        super(TicketTables.kind(), TicketTables.durations());
    }
}
