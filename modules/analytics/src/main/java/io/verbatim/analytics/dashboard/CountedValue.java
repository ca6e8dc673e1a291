package io.verbatim.analytics.dashboard;

/**
 * A value of a column and how many filtered rows hold it (a top author or source).
 *
 * @param value the cell, stripped
 * @param count rows holding it
 */
public record CountedValue(String value, long count) {}
