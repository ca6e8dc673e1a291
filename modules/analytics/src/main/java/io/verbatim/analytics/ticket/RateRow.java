package io.verbatim.analytics.ticket;

import io.verbatim.analytics.stat.ConfidenceInterval;
import java.util.Map;

/**
 * One group's rate: hits out of n with a Wilson 95% interval (as fractions).
 *
 * @param group {@code all} or a value of the breakdown column
 * @param variant which reading of the rate (e.g. {@code calendar} / {@code business} for SLA, {@code ticket-based} /
 *     {@code customer-based} for repeat contacts)
 * @param hits tickets or customers that meet the definition (met SLA, one-touch, repeat, reopened)
 * @param n the denominator
 * @param interval Wilson score interval of hits / n
 * @param counts further counts, in print order (SLA breaches and pending tickets, ...)
 */
public record RateRow(
        String group, String variant, long hits, long n, ConfidenceInterval interval, Map<String, Long> counts) {

    public RateRow {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    public static RateRow of(String group, String variant, long hits, long n, Map<String, Long> counts) {
        return new RateRow(group, variant, hits, n, ConfidenceInterval.wilson(hits, n), counts);
    }

    /** hits / n as a fraction, NaN when n is 0. */
    public double rate() {
        return n == 0 ? Double.NaN : (double) hits / n;
    }
}
