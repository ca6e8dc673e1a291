package io.verbatim.analytics.dashboard;

/**
 * One week of the ticket trend (weeks start on Monday, by creation day).
 *
 * @param week the Monday, ISO ({@code 2025-03-03})
 * @param tickets tickets created that week
 * @param firstReplyMedian median first reply minutes on the dashboard's clock, NaN when none was answered
 * @param sla the week's SLA share, or null when the SLA cannot be judged
 */
public record TicketWeek(String week, long tickets, double firstReplyMedian, RateBar sla) {}
