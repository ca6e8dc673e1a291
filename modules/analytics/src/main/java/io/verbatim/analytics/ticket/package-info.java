/**
 * Ticket KPIs from the canonical ticket columns ({@link io.verbatim.domain.dataset.TicketField}): first reply time,
 * full resolution time, SLA compliance, one-touch / first-contact resolution, repeat contacts, reopens and backlog,
 * each duration in calendar and business time on a {@link io.verbatim.analytics.calendar.BusinessCalendar}.
 * {@link io.verbatim.analytics.ticket.TicketKpis} is the entry point; every result carries its definition (profile,
 * clock, calendar, percentile rule, what was left out) so it can be printed with every figure. Definitions follow
 * METRICS.md; the choices are in docs/decisions/0024-business-calendars-and-ticket-kpis.md.
 */
package io.verbatim.analytics.ticket;
