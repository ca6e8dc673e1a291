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
 * @param change the change against the previous period, e.g. "▲ +5 vs the previous 30 days", or empty
 * @param changeDetail the test behind the change, e.g. "significant: Wald z-test, p = 0.003", or empty
 * @param mark how the change reads
 * @param better true when the change is good news (a rise, or a fall of a mean on a reversed scale)
 */
public record KpiTile(
        String metric,
        String value,
        String margin,
        String base,
        String variant,
        boolean lowBase,
        String definition,
        String change,
        String changeDetail,
        ChangeMark mark,
        boolean better) {

    /** A tile without a change (no period chosen). */
    public KpiTile(
            String metric,
            String value,
            String margin,
            String base,
            String variant,
            boolean lowBase,
            String definition) {
        this(metric, value, margin, base, variant, lowBase, definition, "", "", ChangeMark.NONE, false);
    }

    /** The significance marker of a change: up or down when the test says so, else not significant. */
    public enum ChangeMark {
        NONE,
        UP,
        DOWN,
        NOT_SIGNIFICANT
    }

    KpiTile withChange(String text, String detail, ChangeMark newMark, boolean good) {
        return new KpiTile(metric, value, margin, base, variant, lowBase, definition, text, detail, newMark, good);
    }
}
