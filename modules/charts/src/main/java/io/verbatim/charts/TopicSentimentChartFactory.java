package io.verbatim.charts;

import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Topic × sentiment: one horizontal bar per topic, its texts stacked positive, neutral, negative, in the order given
 * (callers put the largest topic first). Each topic's label carries its count of texts, so a bar that looks all red
 * but stands on twelve texts says so.
 */
public final class TopicSentimentChartFactory {

    /** Topics past this many are left out: a chart with thirty bars is not read. */
    public static final int MAX_TOPICS = 15;

    public JFreeChart create(List<TopicSentimentBar> bars, TopicChartLabels labels) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        NumberFormat count = NumberFormat.getIntegerInstance(labels.locale());
        for (TopicSentimentBar bar : bars.subList(0, Math.min(MAX_TOPICS, bars.size()))) {
            String category = categoryLabel(bar, count);
            dataset.addValue(bar.positive(), labels.positive(), category);
            dataset.addValue(bar.neutral(), labels.neutral(), category);
            dataset.addValue(bar.negative(), labels.negative(), category);
        }
        CategoryAxis topics = new CategoryAxis(labels.topicAxis());
        topics.setCategoryMargin(0.3);
        topics.setMaximumCategoryLabelWidthRatio(0.4f);
        topics.setMaximumCategoryLabelLines(2);
        NumberAxis counts = new NumberAxis(labels.countAxis());
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(labels.locale()));
        counts.setNumberFormatOverride(count);

        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, ChartStyle.POSITIVE);
        renderer.setSeriesPaint(1, ChartStyle.NEUTRAL);
        renderer.setSeriesPaint(2, ChartStyle.NEGATIVE);
        renderer.setMaximumBarWidth(0.16);
        renderer.setDefaultToolTipGenerator((data, row, column) -> "%s: %s %s"
                .formatted(data.getColumnKey(column), count.format(data.getValue(row, column)), data.getRowKey(row)));

        CategoryPlot plot = new CategoryPlot(dataset, topics, counts, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart(
                labels.title().isEmpty() ? null : labels.title(), ChartStyle.font(Font.BOLD, 15f), plot, false);
        chart.addLegend(new LegendTitle(plot));
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.getLegend().setHorizontalAlignment(HorizontalAlignment.LEFT);
        ChartStyle.apply(chart);
        return chart;
    }

    /** The topic with its count of texts, e.g. {@code доставка, курьер (n=412)}. */
    static String categoryLabel(TopicSentimentBar bar, NumberFormat count) {
        return "%s (n=%s)".formatted(bar.topic(), count.format(bar.total()));
    }
}
