package io.verbatim.analytics.ticket;

import java.time.LocalDate;

/**
 * Tickets open at the end of one day or week.
 *
 * @param periodEnd the last day of the period (the count is taken at the following midnight, calendar zone)
 * @param group {@code all} or a value of the breakdown column
 * @param open tickets created before that midnight and not yet solved or closed by it
 */
public record BacklogPoint(LocalDate periodEnd, String group, long open) {}
