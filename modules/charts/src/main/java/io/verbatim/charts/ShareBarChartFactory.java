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
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Shares as horizontal bars from 0 to 100%: share of voice by brand, or the share of tickets within SLA by channel,
 * each with whiskers for its 95% interval when it has one. Labels carry the base ("Acme (n=412)"), as on every
 * breakdown, so no bar is read without its n.
 */
public final class ShareBarChartFactory {

    /**
     * Builds the chart.
     *
     * @param bars the groups, top to bottom
     * @param labels translated axis titles and locale
     */
    public JFreeChart create(List<ShareBar> bars, ChartLabels labels) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ShareBar bar : bars) {
            dataset.addValue(Double.isNaN(bar.share()) ? null : bar.share() * 100, labels.seriesLabel(), bar.label());
        }
        CategoryAxis groups = new CategoryAxis(labels.categoryAxis());
        groups.setCategoryMargin(0.3);
        groups.setMaximumCategoryLabelWidthRatio(0.45f);
        groups.setCategoryLabelPositionOffset(10);
        NumberAxis percent = new NumberAxis(labels.valueAxis());
        percent.setRange(0, 100);
        percent.setNumberFormatOverride(NumberFormat.getIntegerInstance(labels.locale()));
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, ChartStyle.ACCENT);
        renderer.setMaximumBarWidth(0.08);
        NumberFormat shares = NumberFormat.getNumberInstance(labels.locale());
        shares.setMaximumFractionDigits(1);
        renderer.setDefaultToolTipGenerator((data, row, column) -> {
            ShareBar bar = bars.get(column);
            String text = bar.label() + ": " + shares.format(bar.share() * 100) + "%";
            return Double.isNaN(bar.low())
                    ? text
                    : text + " [" + shares.format(bar.low() * 100) + " … " + shares.format(bar.high() * 100) + "]";
        });
        CategoryPlot plot = new CategoryPlot(dataset, groups, percent, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        for (ShareBar bar : bars) {
            if (!Double.isNaN(bar.low()) && !Double.isNaN(bar.high())) {
                plot.addAnnotation(new IntervalWhisker(bar.label(), bar.low() * 100, bar.high() * 100), false);
            }
        }
        JFreeChart chart = new JFreeChart(
                labels.title().isEmpty() ? null : labels.title(), ChartStyle.font(Font.BOLD, 15f), plot, false);
        ChartStyle.apply(chart);
        return chart;
    }
}
