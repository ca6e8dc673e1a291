package io.verbatim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

/**
 * Legends that name the interval explicitly. JFreeChart's automatic legend shows one entry per series and would hide
 * that the band or whiskers are a 95% interval, which is the honest part of every Verbatim chart.
 */
final class LegendItems {

    private LegendItems() {}

    static LegendItemCollection scoreAndInterval(ChartLabels labels, Color score, Color interval) {
        LegendItemCollection items = new LegendItemCollection();
        LegendItem line = new LegendItem(
                labels.seriesLabel(), null, null, null, new Line2D.Double(-8, 0, 8, 0), new BasicStroke(2.4f), score);
        LegendItem band = new LegendItem(labels.intervalLabel(), interval);
        band.setShape(new Rectangle2D.Double(-8, -5, 16, 10));
        items.add(line);
        items.add(band);
        return items;
    }

    static LegendItemCollection barsAndWhiskers(ChartLabels labels, Color bar, Color whisker) {
        LegendItemCollection items = new LegendItemCollection();
        LegendItem bars = new LegendItem(labels.seriesLabel(), bar);
        bars.setShape(new Rectangle2D.Double(-8, -5, 16, 10));
        LegendItem whiskers = new LegendItem(
                labels.intervalLabel(),
                null,
                null,
                null,
                new Line2D.Double(-8, 0, 8, 0),
                new BasicStroke(1.4f),
                whisker);
        items.add(bars);
        items.add(whiskers);
        return items;
    }

    /** A hollow dot: the trend's mark for a period with a low base. */
    static LegendItem hollowDot(ChartLabels labels) {
        return new LegendItem(
                labels.lowBaseLabel(),
                null,
                null,
                null,
                new Ellipse2D.Double(-4, -4, 8, 8),
                Color.WHITE,
                new BasicStroke(2f),
                ChartStyle.ACCENT);
    }

    /** An up triangle: the trend's mark for a significant change or a spike. */
    static LegendItem triangle(String label) {
        java.awt.geom.Path2D.Double shape = new java.awt.geom.Path2D.Double();
        shape.moveTo(-6, 5);
        shape.lineTo(6, 5);
        shape.lineTo(0, -6);
        shape.closePath();
        LegendItem item = new LegendItem(label, ChartStyle.POSITIVE);
        item.setShape(shape);
        return item;
    }

    /** A light bar: the breakdown's mark for a group with a low base. */
    static LegendItem lightBar(ChartLabels labels) {
        LegendItem item = new LegendItem(labels.lowBaseLabel(), ChartStyle.ACCENT_LIGHT);
        item.setShape(new Rectangle2D.Double(-8, -5, 16, 10));
        return item;
    }
}
