package io.verbatim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.Serial;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Draws a {@link TrendMark}: a triangle beyond the end of the period's interval (above for a rise, below for a fall)
 * and its text on a white label, kept inside the plot so it is never clipped at the chart's edge.
 */
final class TrendMarkAnnotation extends AbstractXYAnnotation {

    @Serial
    private static final long serialVersionUID = 1L;

    private final double x;
    private final double anchor;
    private final String text;
    private final boolean rise;
    private final boolean good;

    /**
     * @param anchor the value the mark sits beyond: the interval's upper end for a rise, its lower end for a fall
     */
    TrendMarkAnnotation(double x, double anchor, String text, boolean rise, boolean good) {
        this.x = x;
        this.anchor = anchor;
        this.text = text;
        this.rise = rise;
        this.good = good;
    }

    @Override
    public void draw(
            Graphics2D g2,
            XYPlot plot,
            Rectangle2D dataArea,
            ValueAxis domainAxis,
            ValueAxis rangeAxis,
            int rendererIndex,
            PlotRenderingInfo info) {
        double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double py = rangeAxis.valueToJava2D(anchor, dataArea, plot.getRangeAxisEdge());
        Color colour = good ? ChartStyle.POSITIVE : ChartStyle.NEGATIVE;
        double base = rise ? py - 5 : py + 5;
        double tip = rise ? base - 10 : base + 10;
        Path2D.Double triangle = new Path2D.Double();
        triangle.moveTo(px, tip);
        triangle.lineTo(px - 6.5, base);
        triangle.lineTo(px + 6.5, base);
        triangle.closePath();
        g2.setPaint(colour);
        g2.fill(triangle);
        if (text.isEmpty()) {
            return;
        }
        g2.setFont(ChartStyle.font(Font.BOLD, 11f));
        FontMetrics metrics = g2.getFontMetrics();
        double width = metrics.stringWidth(text) + 8;
        double height = metrics.getHeight() + 2;
        double left = Math.max(dataArea.getMinX() + 2, Math.min(px - width / 2, dataArea.getMaxX() - width - 2));
        double top = rise ? tip - 3 - height : tip + 3;
        top = Math.max(dataArea.getMinY() + 2, Math.min(top, dataArea.getMaxY() - height - 2));
        RoundRectangle2D label = new RoundRectangle2D.Double(left, top, width, height, 6, 6);
        g2.setPaint(Color.WHITE);
        g2.fill(label);
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(1f));
        g2.draw(label);
        g2.drawString(text, (float) (left + 4), (float) (top + 1 + metrics.getAscent()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrendMarkAnnotation that
                && Double.compare(x, that.x) == 0
                && Double.compare(anchor, that.anchor) == 0
                && text.equals(that.text)
                && rise == that.rise
                && good == that.good;
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, anchor, text, rise, good);
    }
}
