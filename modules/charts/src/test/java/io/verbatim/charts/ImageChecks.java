package io.verbatim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** What every rendered file must be: a readable image of the size asked, with a picture on it; a well-formed SVG. */
public final class ImageChecks {

    private ImageChecks() {}

    /** Reads a PNG back, checks its size and that it is not blank (several distinct colours); returns it. */
    public static BufferedImage png(Path file, int width, int height) throws Exception {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("ImageIO reads " + file).isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(distinctColours(image)).as("distinct colours of " + file).isGreaterThan(8);
        return image;
    }

    /** Distinct RGB values, sampled on a grid so a large image costs little. */
    public static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        int step = Math.max(1, Math.min(image.getWidth(), image.getHeight()) / 400);
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    /** Parses an SVG document with the JDK's XML parser (no network: the DTD is not fetched). */
    public static Document svg(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        return document;
    }

    /** All the text an SVG shows, joined by spaces. */
    public static String svgText(Document document) {
        StringBuilder text = new StringBuilder();
        var nodes = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            text.append(nodes.item(i).getTextContent()).append(' ');
        }
        return text.toString();
    }
}
