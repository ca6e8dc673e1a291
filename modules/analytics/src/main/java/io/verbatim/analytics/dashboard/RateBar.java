package io.verbatim.analytics.dashboard;

/**
 * One group's share (SLA met by channel, a week's SLA share): hits of n with the Wilson 95% interval.
 *
 * @param group the breakdown value or the week's first day
 * @param hits tickets that met the target
 * @param n tickets judged
 * @param share hits / n, NaN when n is 0
 * @param low interval's lower end
 * @param high interval's upper end
 */
public record RateBar(String group, long hits, long n, double share, double low, double high) {}
