package io.verbatim.charts;

/**
 * One bar of a count chart: a histogram bucket ("1-4h") or a top author, with how many rows it holds.
 *
 * @param label the category as shown
 * @param count rows in it
 */
public record CountBar(String label, long count) {}
