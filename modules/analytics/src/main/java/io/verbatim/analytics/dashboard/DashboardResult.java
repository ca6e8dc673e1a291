package io.verbatim.analytics.dashboard;

import io.verbatim.domain.score.ScoreTable;
import java.util.List;
import java.util.Optional;

/**
 * Everything one dashboard redraw shows, computed without a screen: the KPI tiles, the breakdown and the trend. A
 * chart that cannot be scored (no response dates, a column that went away) carries a one-line reason instead and
 * spares the others.
 *
 * @param tiles one figure per scored metric, in {@link io.verbatim.domain.score.Metric} order
 * @param rows how many rows the filters keep
 * @param breakdown the chosen metric by the chosen column
 * @param breakdownProblem why the breakdown is missing, or empty
 * @param trend the chosen metric per month
 * @param trendProblem why the trend is missing, or empty
 */
public record DashboardResult(
        List<KpiFigure> tiles,
        int rows,
        Optional<ScoreTable> breakdown,
        String breakdownProblem,
        Optional<ScoreTable> trend,
        String trendProblem) {

    public DashboardResult {
        tiles = List.copyOf(tiles);
    }
}
