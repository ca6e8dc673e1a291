package io.verbatim.analytics.dashboard;

import java.util.List;
import java.util.Optional;

/**
 * Everything one redraw of a ticket dashboard shows. A widget that cannot be drawn carries a one-line reason instead.
 *
 * @param rows tickets the filters keep
 * @param tiles the KPI tiles in {@link TicketTile.Kind} order
 * @param firstReply first reply times in buckets
 * @param resolution resolution times in buckets
 * @param histogramProblem why a histogram is missing, or empty
 * @param slaBars the SLA share per value of the breakdown column
 * @param slaProblem why the SLA breakdown is missing, or empty
 * @param weeks the weekly trend
 * @param trendProblem why the trend is missing, or empty
 */
public record TicketDashboardResult(
        int rows,
        List<TicketTile> tiles,
        Optional<DurationHistogram> firstReply,
        Optional<DurationHistogram> resolution,
        String histogramProblem,
        List<RateBar> slaBars,
        String slaProblem,
        List<TicketWeek> weeks,
        String trendProblem) {

    public TicketDashboardResult {
        tiles = List.copyOf(tiles);
        slaBars = List.copyOf(slaBars);
        weeks = List.copyOf(weeks);
    }

    /** The tile of one kind. */
    public TicketTile tile(TicketTile.Kind kind) {
        return tiles.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }
}
