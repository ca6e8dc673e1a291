package io.verbatim.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.CategoryDataset;

/**
 * A capped whisker for one group's 95% interval, drawn over its bar. JFreeChart's {@code StatisticalBarRenderer} draws
 * mean ± one standard deviation, which is symmetric; score intervals (Wilson, NPS) are not, so each whisker takes the
 * score's own {@code ciLow}/{@code ciHigh}. An annotation rather than a renderer subclass keeps us off JFreeChart's
 * ten-argument {@code drawItem}.
 */
final class IntervalWhisker extends AbstractAnnotation implements CategoryAnnotation {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final double CAP_HALF = 5;

    private final String category;
    private final double low;
    private final double high;

    IntervalWhisker(String category, double low, double high) {
        this.category = category;
        this.low = low;
        this.high = high;
    }

    @Override
    public void draw(
            Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis, ValueAxis rangeAxis) {
        CategoryDataset dataset = plot.getDataset();
        int column = dataset.getColumnIndex(category);
        if (column < 0 || Double.isNaN(low) || Double.isNaN(high)) {
            return;
        }
        double from = rangeAxis.valueToJava2D(low, dataArea, plot.getRangeAxisEdge());
        double to = rangeAxis.valueToJava2D(high, dataArea, plot.getRangeAxisEdge());
        double middle =
                domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
        g2.setPaint(ChartStyle.INTERVAL);
        g2.setStroke(new BasicStroke(1.4f));
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            g2.draw(new Line2D.Double(from, middle, to, middle));
            g2.draw(new Line2D.Double(from, middle - CAP_HALF, from, middle + CAP_HALF));
            g2.draw(new Line2D.Double(to, middle - CAP_HALF, to, middle + CAP_HALF));
        } else {
            g2.draw(new Line2D.Double(middle, from, middle, to));
            g2.draw(new Line2D.Double(middle - CAP_HALF, from, middle + CAP_HALF, from));
            g2.draw(new Line2D.Double(middle - CAP_HALF, to, middle + CAP_HALF, to));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalWhisker that
                && category.equals(that.category)
                && Double.compare(low, that.low) == 0
                && Double.compare(high, that.high) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, low, high);
    }
}
