package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * {@code verbatim chart} on the demo survey (resources/demo, synthetic): every kind writes a PNG ImageIO reads back at
 * the size asked with a picture on it, and an SVG the JDK's XML parser accepts, whose text carries the figures
 * {@code score} prints.
 */
class ChartCommandTest {

    private static final Path DEMO = Path.of("../../resources/demo/demo-survey.csv");

    @TempDir
    static Path workspace;

    @TempDir
    Path images;

    private static CliRun cli;

    @BeforeAll
    static void importDemo() {
        System.setProperty("java.awt.headless", "true");
        cli = new CliRun(workspace);
        CliRun.Result result = cli.run("import", DEMO.toString(), "--dataset", "demo");
        assertThat(result.code()).as(result.err()).isZero();
    }

    @Test
    void kpiBoardShowsTheScoresScorePrints() throws Exception {
        JsonNode nps = cli.json("score", "--dataset", "demo", "--metric", "nps")
                .get("groups")
                .get(0);
        JsonNode csat = cli.json("score", "--dataset", "demo", "--metric", "csat")
                .get("groups")
                .get(0);

        String text = svgText(chart("kpi", "en", "kpi.svg"));

        assertThat(text).contains("NPS", "CSAT", "CES");
        assertThat(text)
                .contains(
                        signed(nps.get("value").asDouble(), "en"),
                        "n = " + grouped(nps.get("n").asLong(), "en"));
        assertThat(text)
                .contains(String.format(
                        Locale.ENGLISH, "%.1f%%", csat.get("value").asDouble()));
        double margin = (nps.get("ci_high").asDouble() - nps.get("ci_low").asDouble()) / 2;
        assertThat(text).contains(String.format(Locale.ENGLISH, "± %.1f", margin));
        assertThat(text).containsAnyOf("significant change", "within noise");
    }

    @Test
    void kpiBoardFollowsTheFilterLikeScore() throws Exception {
        String filter = "region=Москва";
        JsonNode nps = cli.json("score", "--dataset", "demo", "--metric", "nps", "--filter", filter)
                .get("groups")
                .get(0);

        String text = svgText(chart("kpi", "ru", "kpi-moscow.svg", "--filter", filter));

        assertThat(text)
                .contains(
                        signed(nps.get("value").asDouble(), "ru"),
                        "n = " + grouped(nps.get("n").asLong(), "ru"));
        assertThat(text).contains("Фильтр: region=Москва").containsAnyOf("значимое изменение", "в пределах шума");
    }

    @Test
    void everyKindWritesAPngOfTheSizeAsked() throws Exception {
        for (String kind : new String[] {"kpi", "trend", "topics"}) {
            Path png = images.resolve(kind + ".png");
            CliRun.Result result = cli.run(
                    "chart",
                    "--dataset",
                    "demo",
                    "--kind",
                    kind,
                    "--out",
                    png.toString(),
                    "--width",
                    "900",
                    "--height",
                    "500",
                    "--lang",
                    "ru");
            assertThat(result.code()).as(result.err()).isZero();
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(kind).isNotNull();
            assertThat(image.getWidth()).isEqualTo(900);
            assertThat(image.getHeight()).isEqualTo(500);
            assertThat(distinctColours(image)).as(kind + " colours").isGreaterThan(8);
        }
    }

    @Test
    void trendSvgNamesTheMetricTheBandAndTheMonths() throws Exception {
        String text = svgText(chart("trend", "ru", "trend.svg"));

        assertThat(text).contains("NPS по месяцам", "95% интервал", "Месяц", "2026");
    }

    @Test
    void trendOfAnotherMetricAndQuestion() throws Exception {
        assertThat(svgText(chart("trend", "en", "csat.svg", "--metric", "csat")))
                .contains("CSAT by month", "%");
        assertThat(svgText(chart("trend", "en", "ces.svg", "--question", "ces")))
                .contains("CES by month");
    }

    @Test
    void kpiBoardOfOneQuestion() throws Exception {
        String text = svgText(chart("kpi", "en", "kpi-csat.svg", "--question", "csat"));

        assertThat(text).contains("CSAT", "top box, %").doesNotContain("NPS", "CES");
    }

    @Test
    void topicsSvgSplitsTopicsBySentiment() throws Exception {
        String text = svgText(chart("topics", "en", "topics.svg"));

        assertThat(text).contains("Topics and sentiment: comment", "positive", "neutral", "negative", "(n=");
    }

    @Test
    void jsonOutputSaysWhatWasWritten() {
        Path png = images.resolve("json.png");
        JsonNode json = cli.json("chart", "--dataset", "demo", "--kind", "kpi", "--out", png.toString());

        assertThat(json.get("format").asText()).isEqualTo("png");
        assertThat(json.get("width").asInt()).isPositive();
        assertThat(Files.exists(png)).isTrue();
    }

    @Test
    void mistakesEndInOneLineThatSaysWhatToDo() {
        CliRun.Result pie =
                run("--kind", "pie", "--out", images.resolve("x.png").toString());
        assertThat(pie.code()).isNotZero();
        assertThat(pie.err()).startsWith("Invalid value for option '--kind'").contains("pie", "TOPICS");
        assertOneLine(
                cli.run(
                        "chart",
                        "--dataset",
                        "nope",
                        "--kind",
                        "kpi",
                        "--out",
                        images.resolve("x.png").toString()),
                "no dataset named 'nope'");
        assertOneLine(
                run(
                        "--kind",
                        "topics",
                        "--column",
                        "nope",
                        "--out",
                        images.resolve("x.png").toString()),
                "has no column 'nope'");
        assertOneLine(run("--kind", "kpi", "--out", images.resolve("x.jpg").toString()), ".png or .svg");
        assertOneLine(
                run(
                        "--kind",
                        "trend",
                        "--metric",
                        "enps",
                        "--out",
                        images.resolve("x.png").toString()),
                "has no enps question");
        assertOneLine(run("--kind", "journey", "--out", images.resolve("x.png").toString()), "no journey map is bound");
    }

    private CliRun.Result run(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "chart";
        args[1] = "--dataset";
        args[2] = "demo";
        System.arraycopy(options, 0, args, 3, options.length);
        return cli.run(args);
    }

    private static void assertOneLine(CliRun.Result result, String says) {
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).contains(says).doesNotContain("\n").doesNotContain("Exception");
    }

    private String chart(String kind, String lang, String file, String... more) throws Exception {
        Path svg = images.resolve(file);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "chart", "--dataset", "demo", "--kind", kind, "--lang", lang, "--out", svg.toString()));
        args.addAll(java.util.List.of(more));
        CliRun.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isZero();
        return Files.readString(svg, StandardCharsets.UTF_8);
    }

    private static String svgText(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        StringBuilder text = new StringBuilder();
        var nodes = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            text.append(nodes.item(i).getTextContent()).append(' ');
        }
        return text.toString();
    }

    /** A net score as the tile shows it: signed, no decimals. */
    private static String signed(double value, String language) {
        long rounded = Math.round(value);
        return (rounded > 0 ? "+" : "") + grouped(rounded, language);
    }

    private static String grouped(long n, String language) {
        return NumberFormat.getIntegerInstance(Locale.of(language)).format(n);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }
}
