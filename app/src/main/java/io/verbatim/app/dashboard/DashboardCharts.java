package io.verbatim.app.dashboard;

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
