package io.verbatim.app.dashboard;

/**
 * One KPI tile, ready to show: every text already formatted in the interface language.
 *
 * @param metric the score's short name, e.g. "NPS"
 * @param value the score, e.g. "+32"
 * @param margin the 95% margin, e.g. "± 2.8"
 * @param base the number of valid answers, e.g. "n = 3,812"
 * @param variant which variant of the score, e.g. "net score, points"
 * @param lowBase true when n is under 30 and the figure should not be trusted alone
 * @param definition a one-line definition for the tooltip
 */
public record KpiTile(
        String metric, String value, String margin, String base, String variant, boolean lowBase, String definition) {}
