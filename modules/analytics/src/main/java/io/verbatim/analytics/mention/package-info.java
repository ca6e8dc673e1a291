/**
 * Brand-mention metrics: volume per period with reach and engagement sums, net sentiment with n and a 95% interval,
 * share of voice by count, reach or engagement, and spike detection whose alarms are explained by the sources and words
 * that drove them. Calculators take the mention columns as arrays ({@link io.verbatim.analytics.mention.MentionColumns});
 * the command line and the desktop client read them from the workspace. Definitions and choices are in
 * docs/decisions/0025-mention-metrics-and-spikes.md.
 */
package io.verbatim.analytics.mention;
