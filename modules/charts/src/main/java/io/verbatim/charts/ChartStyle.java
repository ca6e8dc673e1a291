package io.verbatim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One look for every Verbatim chart: white background, hairline grid, a single accent colour and a font with Cyrillic
 * glyphs. Kept in one place so that a PNG in a report and a chart on screen cannot drift apart.
 */
public final class ChartStyle {

    /** The accent (a calm blue that reads on white and in greyscale print). */
    public static final Color ACCENT = new Color(0x0969DA);

    /** The accent at low opacity, for interval bands. */
    public static final Color ACCENT_BAND = new Color(0x09, 0x69, 0xDA, 0x38);

    /** The accent lightened, for the bars of groups with a low base: still the same series, visibly less solid. */
    static final Color ACCENT_LIGHT = new Color(0xA8CBF3);

    /** Body text. */
    public static final Color TEXT = new Color(0x1F2328);

    /** Secondary text: axis titles, bases, definitions. */
    public static final Color MUTED_TEXT = new Color(0x59636E);

    /** Hairlines: grid, tile borders, lane separators. */
    public static final Color GRID = new Color(0xE6E8EB);

    static final Color INTERVAL = new Color(0x1F2328);

    /** Positive sentiment and a significant rise (green, distinct from the red in common colour blindness by lightness). */
    public static final Color POSITIVE = new Color(0x1A7F37);

    /** Neutral sentiment and a change that is not significant. */
    public static final Color NEUTRAL = new Color(0xAFB8C1);

    /** Negative sentiment and a significant fall. */
    public static final Color NEGATIVE = new Color(0xCF222E);

    /** The hand-drawn (felt) emotion curve of a journey map, set apart from the measured accent line. */
    public static final Color FELT = new Color(0xD4670A);

    /** A light panel behind headers and tiles. */
    public static final Color PANEL = new Color(0xF6F8FA);

    /**
     * DejaVu Sans ships with most Linux desktops and covers Cyrillic; the logical SansSerif font maps to a font with
     * Cyrillic glyphs on Windows and macOS. A font lookup by name silently falls back to "Dialog", so check first.
     */
    static final String FAMILY = pickFamily();

    private ChartStyle() {}

    /** The chart font (with Cyrillic glyphs) in a style and size. */
    public static Font font(int style, float size) {
        return new Font(FAMILY, style, 1).deriveFont(style, size);
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 28));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(font(Font.BOLD, 15f));
            chart.getTitle().setPaint(TEXT);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(font(Font.PLAIN, 12f));
            legend.setItemPaint(MUTED_TEXT);
            legend.setBackgroundPaint(Color.WHITE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            styleAxis(xy.getDomainAxis());
            styleAxis(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            category.setRangeGridlineStroke(new BasicStroke(1f));
            category.setDomainGridlinesVisible(false);
            styleAxis(category.getDomainAxis());
            styleAxis(category.getRangeAxis());
        }
    }

    private static void styleAxis(Axis axis) {
        axis.setLabelFont(font(Font.PLAIN, 12f));
        axis.setLabelPaint(MUTED_TEXT);
        axis.setTickLabelFont(font(Font.PLAIN, 12f));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
    }

    private static String pickFamily() {
        try {
            Set<String> families = Arrays.stream(
                            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                    .collect(Collectors.toSet());
            return families.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
        } catch (RuntimeException | Error ignored) {
            // A broken font configuration must not stop a report; the logical font still renders.
            return Font.SANS_SERIF;
        }
    }
}
