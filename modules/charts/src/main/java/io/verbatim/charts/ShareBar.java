package io.verbatim.charts;

/**
 * One bar of a share chart (a brand's share of voice, a channel's share within SLA), as fractions.
 *
 * @param label the group as shown, e.g. {@code Acme (n=412)}
 * @param share the share, 0–1
 * @param low the 95% interval's lower end, NaN without one
 * @param high its upper end, NaN without one
 */
public record ShareBar(String label, double share, double low, double high) {}
