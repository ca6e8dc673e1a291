package io.verbatim.analytics.ticket;

/**
 * One group's durations on one clock.
 *
 * @param group {@code all} or a value of the breakdown column
 * @param clock {@code calendar} (elapsed), {@code business} (working time on the request's calendar), or
 *     {@code stated} / {@code stated business} for durations the export gave (on the tool's own clock), or
 *     {@code stated calendar} / {@code stated business} for the waits Zendesk states on both of its clocks
 * @param stats n, mean, median, p90 in minutes
 */
public record DurationRow(String group, String clock, DurationStats stats) {}
