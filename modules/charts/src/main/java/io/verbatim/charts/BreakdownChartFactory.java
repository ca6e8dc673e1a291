package io.verbatim.charts;

import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import java.awt.Font;
import java.awt.Paint;
import java.io.Serial;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A score broken down by a column: one horizontal bar per group with whiskers for its 95% interval and the base in
 * the group's label ("North (n=412)"), so a reader never compares two bars without seeing how many answers stand
 * behind each. Groups below {@link BaseSize#LOW} answers get a lighter bar and a warning sign after their base.
 */
public final class BreakdownChartFactory {

    /**
     * Builds the chart.
     *
     * @param table one score per group, in the order to draw top to bottom
     * @param labels translated titles
     */
    public JFreeChart create(ScoreTable table, ChartLabels labels) {
        List<Score> scores = table.groups();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Score score : scores) {
            dataset.addValue(score.isEmpty() ? null : score.value(), labels.seriesLabel(), categoryLabel(score));
        }

        CategoryAxis groups = new CategoryAxis(labels.categoryAxis());
        groups.setCategoryMargin(0.35);
        groups.setMaximumCategoryLabelWidthRatio(0.45f);
        // Keeps a label clear of a whisker that reaches the left edge of the plot.
        groups.setCategoryLabelPositionOffset(10);
        NumberAxis value = new NumberAxis(labels.valueAxis());
        value.setNumberFormatOverride(NumberFormat.getNumberInstance(labels.locale()));
        value.setAutoRange(false);
        value.setRange(valueRange(scores));

        BarRenderer renderer =
                new LowBaseAwareBarRenderer(scores.stream().map(BaseSize::isLow).toList());
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, ChartStyle.ACCENT);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultToolTipGenerator(tooltips(scores, labels));

        CategoryPlot plot = new CategoryPlot(dataset, groups, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(ChartStyle.MUTED_TEXT);
        for (Score score : scores) {
            if (!score.isEmpty()) {
                plot.addAnnotation(new IntervalWhisker(categoryLabel(score), score.ciLow(), score.ciHigh()), false);
            }
        }
        LegendItemCollection legend = LegendItems.barsAndWhiskers(labels, ChartStyle.ACCENT, ChartStyle.INTERVAL);
        if (scores.stream().anyMatch(BaseSize::isLow)) {
            legend.add(LegendItems.lightBar(labels));
        }
        plot.setFixedLegendItems(legend);

        JFreeChart chart = new JFreeChart(
                labels.title().isEmpty() ? null : labels.title(), ChartStyle.font(Font.BOLD, 15f), plot, false);
        chart.addLegend(new LegendTitle(plot));
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.getLegend().setHorizontalAlignment(HorizontalAlignment.LEFT);
        ChartStyle.apply(chart);
        return chart;
    }

    /** The group with its base, e.g. {@code North (n=412)}, and a warning sign when the base is low. */
    static String categoryLabel(Score score) {
        String label = "%s (n=%d)".formatted(score.group(), score.n());
        return BaseSize.isLow(score) ? label + " ⚠" : label;
    }

    /**
     * The value axis spans every interval and zero, with a little air: bars start at zero, and NPS can be negative.
     */
    static Range valueRange(List<Score> scores) {
        double low = 0;
        double high = 0;
        for (Score score : scores) {
            if (!score.isEmpty()) {
                low = Math.min(low, Math.min(score.value(), score.ciLow()));
                high = Math.max(high, Math.max(score.value(), score.ciHigh()));
            }
        }
        if (high - low < 1e-9) {
            high = low + 1;
        }
        double air = (high - low) * 0.06;
        return new Range(low < 0 ? low - air : low, high + air);
    }

    private static CategoryToolTipGenerator tooltips(List<Score> scores, ChartLabels labels) {
        NumberFormat format = NumberFormat.getNumberInstance(labels.locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return (dataset, row, column) -> {
            Score s = scores.get(column);
            String text = "%s: %s [%s … %s], n = %d"
                    .formatted(
                            s.group(),
                            format.format(s.value()),
                            format.format(s.ciLow()),
                            format.format(s.ciHigh()),
                            s.n());
            return BaseSize.isLow(s) ? text + " · " + labels.lowBaseLabel() : text;
        };
    }

    /** Paints the bars of low-base groups in the lighter accent. */
    private static final class LowBaseAwareBarRenderer extends BarRenderer {
        @Serial
        private static final long serialVersionUID = 1L;

        private final List<Boolean> lowBase;

        LowBaseAwareBarRenderer(List<Boolean> lowBase) {
            this.lowBase = List.copyOf(lowBase);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return column < lowBase.size() && lowBase.get(column)
                    ? ChartStyle.ACCENT_LIGHT
                    : super.getItemPaint(row, column);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LowBaseAwareBarRenderer that && lowBase.equals(that.lowBase) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + lowBase.hashCode();
        }
    }
}
