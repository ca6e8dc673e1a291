package io.verbatim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The dot of one period on the trend line: filled for a normal base, hollow (white with an accent ring) for a low one.
 * Drawn as an annotation in screen units so the circle stays round; a renderer shape would use one fill for the line
 * and the dots alike.
 */
final class PeriodMarker extends AbstractXYAnnotation {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final double RADIUS = 4;

    private final double x;
    private final double y;
    private final boolean hollow;

    PeriodMarker(double x, double y, boolean hollow) {
        this.x = x;
        this.y = y;
        this.hollow = hollow;
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
        double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        Ellipse2D dot = new Ellipse2D.Double(px - RADIUS, py - RADIUS, 2 * RADIUS, 2 * RADIUS);
        g2.setPaint(hollow ? Color.WHITE : ChartStyle.ACCENT);
        g2.fill(dot);
        if (hollow) {
            g2.setPaint(ChartStyle.ACCENT);
            g2.setStroke(new BasicStroke(2f));
            g2.draw(dot);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PeriodMarker that
                && Double.compare(x, that.x) == 0
                && Double.compare(y, that.y) == 0
                && hollow == that.hollow;
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, y, hollow);
    }
}
