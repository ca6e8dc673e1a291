package io.verbatim.charts.kpi;

import io.verbatim.charts.BaseSize;
import io.verbatim.charts.ChartStyle;
import io.verbatim.charts.FigureFormat;
import io.verbatim.charts.TextLines;
import io.verbatim.domain.score.Comparison;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.jfree.chart.ui.Drawable;

/**
 * A board of KPI tiles drawn with Java2D: per score its value, ± margin, base, and the latest period's change with a
 * marker that is coloured only when the change is significant at 5%, so a reader never celebrates noise. The tiles
 * is green for good news and red for bad (by the figure's direction), and the tiles are laid out in up to four columns and scale with the area they are given; the look follows {@link ChartStyle}.
 */
public final class KpiBoard implements Drawable {

    /** A tile is drawn at this size and scaled to fit; its text stays proportionate at any board size. */
    static final double TILE_WIDTH = 300;

    static final double TILE_HEIGHT = 172;

    private static final double GAP = 16;
    private static final double PAD = 18;
    private static final int MAX_COLUMNS = 4;
    private static final Color LOW_BASE = new Color(0x9A6700);

    private final List<KpiFigure> figures;
    private final KpiLabels labels;
    private final FigureFormat format;

    public KpiBoard(List<KpiFigure> figures, KpiLabels labels) {
        this.figures = List.copyOf(figures);
        this.labels = labels;
        this.format = new FigureFormat(labels.locale());
    }

    /** Columns of tiles: all in one row up to four, then rows of up to four. */
    public int columns() {
        return Math.max(1, Math.min(MAX_COLUMNS, figures.size()));
    }

    public int rows() {
        return Math.max(1, (figures.size() + columns() - 1) / columns());
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g2.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(Color.WHITE);
            g.fill(area);
            double top = area.getY() + GAP;
            if (!labels.title().isEmpty()) {
                g.setFont(ChartStyle.font(Font.BOLD, 18f));
                g.setPaint(ChartStyle.TEXT);
                top += g.getFontMetrics().getAscent();
                g.drawString(
                        TextLines.fit(labels.title(), g.getFontMetrics(), area.getWidth() - 2 * GAP),
                        (float) (area.getX() + GAP),
                        (float) top);
                top += 6;
            }
            if (!labels.subtitle().isEmpty()) {
                g.setFont(ChartStyle.font(Font.PLAIN, 12f));
                g.setPaint(ChartStyle.MUTED_TEXT);
                top += g.getFontMetrics().getAscent();
                g.drawString(
                        TextLines.fit(labels.subtitle(), g.getFontMetrics(), area.getWidth() - 2 * GAP),
                        (float) (area.getX() + GAP),
                        (float) top);
            }
            top += GAP;
            drawTiles(
                    g,
                    new Rectangle2D.Double(
                            area.getX() + GAP,
                            top,
                            area.getWidth() - 2 * GAP,
                            Math.max(1, area.getMaxY() - top - GAP)));
        } finally {
            g.dispose();
        }
    }

    private void drawTiles(Graphics2D g, Rectangle2D space) {
        int columns = columns();
        int rows = rows();
        double natWidth = columns * TILE_WIDTH + (columns - 1) * GAP;
        double natHeight = rows * TILE_HEIGHT + (rows - 1) * GAP;
        double scale = Math.min(space.getWidth() / natWidth, space.getHeight() / natHeight);
        // Tiles stretch sideways to fill a wide board; text keeps its scale.
        double tileWidth = (space.getWidth() / scale - (columns - 1) * GAP) / columns;
        double usedHeight = natHeight * scale;
        AffineTransform saved = g.getTransform();
        g.translate(space.getX(), space.getY() + Math.max(0, (space.getHeight() - usedHeight) / 2));
        g.scale(scale, scale);
        for (int i = 0; i < figures.size(); i++) {
            double x = (i % columns) * (tileWidth + GAP);
            double y = (i / columns) * (TILE_HEIGHT + GAP);
            drawTile(g, figures.get(i), new Rectangle2D.Double(x, y, tileWidth, TILE_HEIGHT));
        }
        g.setTransform(saved);
    }

    private void drawTile(Graphics2D g, KpiFigure figure, Rectangle2D box) {
        RoundRectangle2D card =
                new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 14, 14);
        g.setPaint(Color.WHITE);
        g.fill(card);
        g.setPaint(ChartStyle.GRID);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(card);
        double x = box.getX() + PAD;
        double width = box.getWidth() - 2 * PAD;
        double y = box.getY() + PAD;

        g.setFont(ChartStyle.font(Font.BOLD, 15f));
        g.setPaint(ChartStyle.TEXT);
        y += g.getFontMetrics().getAscent();
        g.drawString(figure.metric(), (float) x, (float) y);
        int nameWidth = g.getFontMetrics().stringWidth(figure.metric());
        g.setFont(ChartStyle.font(Font.PLAIN, 12f));
        g.setPaint(ChartStyle.MUTED_TEXT);
        g.drawString(
                TextLines.fit(figure.variantName(), g.getFontMetrics(), width - nameWidth - 10),
                (float) (x + nameWidth + 10),
                (float) y);

        y += 50;
        boolean empty = figure.score().isEmpty() || Double.isNaN(figure.score().value());
        g.setFont(ChartStyle.font(Font.BOLD, 42f));
        g.setPaint(empty ? ChartStyle.MUTED_TEXT : ChartStyle.TEXT);
        String value =
                empty ? "—" : format.value(figure.variant(), figure.score().value());
        g.drawString(value, (float) x, (float) y);
        double valueWidth = g.getFontMetrics().stringWidth(value);
        g.setFont(ChartStyle.font(Font.PLAIN, 16f));
        g.setPaint(ChartStyle.MUTED_TEXT);
        if (!empty) {
            g.drawString(
                    format.margin(figure.variant(), figure.score().margin()), (float) (x + valueWidth + 10), (float) y);
        }

        y += 24;
        g.setFont(ChartStyle.font(Font.PLAIN, 13f));
        String base = empty
                ? labels.noAnswers()
                : labels.base().formatted(format.count(figure.score().n()));
        g.drawString(base, (float) x, (float) y);
        if (!empty && BaseSize.isLow(figure.score())) {
            g.setPaint(LOW_BASE);
            int baseWidth = g.getFontMetrics().stringWidth(base);
            g.drawString(
                    TextLines.fit("⚠ " + labels.lowBase(), g.getFontMetrics(), width - baseWidth - 10),
                    (float) (x + baseWidth + 10),
                    (float) y);
        }

        y += 14;
        g.setPaint(ChartStyle.GRID);
        g.setStroke(new BasicStroke(1f));
        g.draw(new java.awt.geom.Line2D.Double(x, y, x + width, y));
        drawChange(g, figure, x, y + 6, width);
    }

    private void drawChange(Graphics2D g, KpiFigure figure, double x, double top, double width) {
        KpiChange change = figure.change();
        g.setFont(ChartStyle.font(Font.PLAIN, 12f));
        if (change == null) {
            g.setPaint(ChartStyle.MUTED_TEXT);
            g.drawString(TextLines.fit(labels.noPrevious(), g.getFontMetrics(), width), (float) x, (float)
                    (top + g.getFontMetrics().getAscent() + 4));
            return;
        }
        Comparison test = change.comparison();
        boolean significant = test.significant();
        boolean goodNews = (test.difference() > 0) == figure.higherIsBetter();
        Color colour = !significant ? ChartStyle.MUTED_TEXT : goodNews ? ChartStyle.POSITIVE : ChartStyle.NEGATIVE;
        g.setFont(ChartStyle.font(Font.BOLD, 15f));
        double line = top + g.getFontMetrics().getAscent();
        g.setPaint(colour);
        g.fill(marker(x, line - 6, test.difference(), significant));
        String difference = format.difference(figure.variant(), test.difference())
                + (figure.variant() == io.verbatim.domain.score.Variant.TOP_BOX_PERCENT
                        ? " " + labels.percentPoints()
                        : "");
        g.drawString(difference, (float) (x + 18), (float) line);
        int differenceWidth = g.getFontMetrics().stringWidth(difference);
        g.setFont(ChartStyle.font(Font.PLAIN, 12f));
        g.setPaint(ChartStyle.MUTED_TEXT);
        g.drawString(
                TextLines.fit(
                        labels.versus().formatted(change.period(), change.previous()),
                        g.getFontMetrics(),
                        width - 18 - differenceWidth - 8),
                (float) (x + 18 + differenceWidth + 8),
                (float) line);
        String verdict =
                (significant ? labels.significant() : labels.notSignificant()) + ", " + format.pValue(test.pValue());
        g.setPaint(colour);
        g.drawString(TextLines.fit(verdict, g.getFontMetrics(), width), (float) x, (float)
                (line + g.getFontMetrics().getHeight() + 2));
    }

    /** An up or down triangle for a significant change, a short bar for one within noise. */
    private static Shape marker(double x, double middle, double difference, boolean significant) {
        if (!significant || difference == 0) {
            return new Rectangle2D.Double(x, middle - 1.5, 12, 3);
        }
        Path2D.Double triangle = new Path2D.Double();
        if (difference > 0) {
            triangle.moveTo(x, middle + 5);
            triangle.lineTo(x + 12, middle + 5);
            triangle.lineTo(x + 6, middle - 6);
        } else {
            triangle.moveTo(x, middle - 5);
            triangle.lineTo(x + 12, middle - 5);
            triangle.lineTo(x + 6, middle + 6);
        }
        triangle.closePath();
        return triangle;
    }
}
