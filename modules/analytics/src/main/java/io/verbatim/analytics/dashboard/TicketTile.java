package io.verbatim.analytics.dashboard;

/**
 * One ticket KPI tile: a duration in minutes or a share, with its n and, for shares, the Wilson 95% interval that
 * {@code verbatim kpi} prints (METRICS.md defines no interval for a median or a mean of durations: low and high are
 * NaN). A KPI the dataset cannot give (no requester column for repeat contacts) carries the reason instead.
 *
 * @param kind which KPI
 * @param clock the clock of a duration ({@code business}, {@code stated}, ...), or the variant of a share
 * @param value minutes or a fraction; NaN when missing or when no ticket is measured
 * @param n tickets (or customers) measured
 * @param low the interval's lower end as a fraction, NaN without one
 * @param high the interval's upper end, NaN without one
 * @param problem why the tile is missing, or empty
 */
public record TicketTile(Kind kind, String clock, double value, long n, double low, double high, String problem) {

    /** The tiles, in the order they are shown. */
    public enum Kind {
        FIRST_REPLY_MEDIAN,
        FIRST_REPLY_MEAN,
        RESOLUTION_MEDIAN,
        SLA,
        FCR,
        REPEAT;

        /** True for the tiles that show a share (with an interval), false for durations. */
        public boolean share() {
            return this == SLA || this == FCR || this == REPEAT;
        }
    }

    static TicketTile missing(Kind kind, String problem) {
        return new TicketTile(kind, "", Double.NaN, 0, Double.NaN, Double.NaN, problem);
    }

    public boolean isMissing() {
        return !problem.isEmpty();
    }
}
