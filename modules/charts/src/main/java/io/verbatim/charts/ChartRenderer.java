package io.verbatim.charts;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Drawable;
import org.w3c.dom.Document;

/**
 * Writes charts (JFreeChart charts and the Java2D drawings of this module, both {@link Drawable}) to files without a
 * display. Used by reports and the command line; the desktop app shows the same
 * {@link JFreeChart} objects in a viewer instead. Only needs {@code java.awt.headless=true} on a server.
 */
public final class ChartRenderer {

    static {
        // JFreeChart draws rotated axis titles through TextLayout by default (a workaround for JDK 1.4-era bugs),
        // which turns them into outlines in SVG. Plain drawString keeps them as searchable <text> and renders the
        // same in PNG on current JDKs.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /**
     * Renders a PNG.
     *
     * @param scale 1 for screen size, 2 for crisp print or high-density displays (the image is width×scale pixels)
     */
    public void writePng(Drawable chart, Path file, int width, int height, double scale) throws IOException {
        int pixelWidth = (int) Math.round(width * scale);
        int pixelHeight = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            // JFreeChart paints its own background; a Java2D drawing may leave the corners unpainted.
            g2.setPaint(java.awt.Color.WHITE);
            g2.fillRect(0, 0, pixelWidth, pixelHeight);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("No PNG writer available for " + file);
            }
        }
    }

    /** Renders a PNG at screen scale. */
    public void writePng(Drawable chart, Path file, int width, int height) throws IOException {
        writePng(chart, file, width, height, 1);
    }

    /** Renders an SVG document (text stays text, so labels remain searchable and sharp). */
    public void writeSvg(Drawable chart, Path file, int width, int height) throws IOException {
        Files.writeString(file, toSvg(chart, width, height), StandardCharsets.UTF_8);
    }

    /**
     * Writes a PNG or an SVG, as the file's extension says ({@code .png} or {@code .svg}, any case).
     *
     * @throws IllegalArgumentException for any other extension
     */
    public void write(Drawable chart, Path file, int width, int height) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".png")) {
            writePng(chart, file, width, height);
        } else if (name.endsWith(".svg")) {
            writeSvg(chart, file, width, height);
        } else {
            throw new IllegalArgumentException("cannot tell the image format of " + file + "; end it in .png or .svg");
        }
    }

    /**
     * The chart as a standalone SVG document, drawn by Apache Batik's SVG generator (Apache-2.0; ADR 0034) onto the
     * JDK's own DOM. Text stays text ({@code <text>} elements with the font named in CSS), so labels are searchable.
     */
    public String toSvg(Drawable chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(svgContext(), false);
        g2.setSVGCanvasSize(new Dimension(width, height));
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        StringWriter out = new StringWriter();
        try {
            g2.stream(out, true);
        } catch (SVGGraphics2DIOException e) {
            throw new IllegalStateException("the SVG generator could not write to memory", e);
        } finally {
            g2.dispose();
        }
        return out.toString();
    }

    private static SVGGeneratorContext svgContext() {
        try {
            Document document = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
            context.setComment("Verbatim");
            context.setEmbeddedFontsOn(false);
            return context;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no XML document builder", e);
        }
    }
}
