package io.verbatim.analytics.dashboard;

/**
 * One comment behind a bar or a point of the dashboard.
 *
 * @param text the comment, stripped
 * @param score the answer to the metric's question as given, or empty
 * @param date the response date as given, or empty
 */
public record Verbatim(String text, String score, String date) {}
