package io.verbatim.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A histogram of durations in buckets (first reply or resolution times: &lt;1h, 1–4h, ...), one bar per bucket, with
 * the SLA target drawn as a vertical line where it falls on the bucket scale, so the bars right of it are the tickets
 * that missed it. Bucket {@code i} is centred on x = i; a target on the edge between buckets i − 1 and i lies at
 * x = i − 0.5 (the caller places it, since only it knows the buckets' edges).
 */
public final class HistogramChartFactory {

    /**
     * Builds the chart.
     *
     * @param bars the buckets, left to right
     * @param targetX where the target line goes on the bucket scale, NaN for none
     * @param targetLabel the line's text, e.g. "SLA 8h"
     * @param labels translated axis titles and locale
     */
    public JFreeChart create(List<CountBar> bars, double targetX, String targetLabel, ChartLabels labels) {
        XYSeries series = new XYSeries(labels.seriesLabel());
        for (int i = 0; i < bars.size(); i++) {
            series.add(i, bars.get(i).count());
        }
        SymbolAxis buckets = new SymbolAxis(
                labels.categoryAxis(), bars.stream().map(CountBar::label).toArray(String[]::new));
        buckets.setGridBandsVisible(false);
        buckets.setRange(-0.6, bars.size() - 0.4);
        NumberAxis counts = new NumberAxis(labels.valueAxis());
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(labels.locale()));
        counts.setNumberFormatOverride(NumberFormat.getIntegerInstance(labels.locale()));
        XYBarRenderer renderer = new XYBarRenderer(0.25);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, ChartStyle.ACCENT);
        renderer.setDefaultToolTipGenerator((dataset, s, item) -> bars.get(item).label() + ": "
                + NumberFormat.getIntegerInstance(labels.locale())
                        .format(bars.get(item).count()));
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), buckets, counts, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        if (!Double.isNaN(targetX)) {
            ValueMarker target = new ValueMarker(targetX, ChartStyle.NEGATIVE, new BasicStroke(2f));
            target.setLabel(targetLabel);
            target.setLabelFont(ChartStyle.font(Font.BOLD, 12f));
            target.setLabelPaint(ChartStyle.NEGATIVE);
            target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            target.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(target);
        }
        JFreeChart chart = new JFreeChart(
                labels.title().isEmpty() ? null : labels.title(), ChartStyle.font(Font.BOLD, 15f), plot, false);
        ChartStyle.apply(chart);
        return chart;
    }
}
