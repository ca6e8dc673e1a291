package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.DashboardResult;
import io.verbatim.app.i18n.Messages;
import io.verbatim.charts.BreakdownChartFactory;
import io.verbatim.charts.ChartLabels;
import io.verbatim.charts.TrendChartFactory;
import io.verbatim.domain.score.ScoreTable;
import org.jfree.chart.JFreeChart;

/** Builds the dashboard's charts with the charts module's factories and labels in the interface language. */
public final class DashboardCharts {

    private final Messages messages;
    private final ScoreFormat format;
    private final BreakdownChartFactory breakdowns = new BreakdownChartFactory();
    private final TrendChartFactory trends = new TrendChartFactory();

    public DashboardCharts(Messages messages) {
        this.messages = messages;
        this.format = new ScoreFormat(messages);
    }

    /**
     * The charts of one redraw with the tables they draw, so that a click on a bar or a point maps back to its group.
     * A chart that could not be scored is null.
     */
    public record Drawn(JFreeChart breakdown, ScoreTable breakdownTable, JFreeChart trend, ScoreTable trendTable) {}

    /** Both charts of a redraw; runs in the redraw's job (JFreeChart needs no screen). */
    public Drawn draw(DashboardResult result, String column) {
        ScoreTable breakdownTable = result.breakdown().orElse(null);
        ScoreTable trendTable = result.trend().orElse(null);
        return new Drawn(
                breakdownTable == null ? null : breakdown(breakdownTable, column),
                breakdownTable,
                trendTable == null ? null : trend(trendTable),
                trendTable);
    }

    public JFreeChart breakdown(ScoreTable table, String column) {
        return breakdowns.create(table, labels(table, column));
    }

    public JFreeChart trend(ScoreTable table) {
        return trends.create(table, labels(table, messages.get("chart.axis.month")));
    }

    private ChartLabels labels(ScoreTable table, String categoryAxis) {
        return new ChartLabels(
                "",
                categoryAxis,
                format.axisTitle(table.metric(), table.variant()),
                format.metricName(table.metric()),
                messages.get("chart.interval"),
                messages.get("chart.lowBase"),
                messages.locale());
    }
}
