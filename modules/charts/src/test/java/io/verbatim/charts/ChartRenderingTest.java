package io.verbatim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartRenderingTest {

    @TempDir
    Path dir;

    private final ChartRenderer renderer = new ChartRenderer();

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void breakdownChartRendersToPngOfTheRequestedSize() throws Exception {
        JFreeChart chart = new BreakdownChartFactory().create(SampleScores.byRegion(), SampleScores.russianLabels());
        Path png = dir.resolve("breakdown.png");

        renderer.writePng(chart, png, 800, 400);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void breakdownSvgKeepsGroupLabelsWithTheirBase() throws Exception {
        JFreeChart chart = new BreakdownChartFactory().create(SampleScores.byRegion(), SampleScores.russianLabels());
        Path svg = dir.resolve("breakdown.svg");

        renderer.writeSvg(chart, svg, 800, 400);

        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml").contains("<svg");
        assertThat(text).contains("Москва (n=412)", "London (n=95)", "95% интервал", "Регион");
    }

    @Test
    void trendChartRendersToPngAtDoubleScale() throws Exception {
        JFreeChart chart = new TrendChartFactory().create(SampleScores.byMonth(), SampleScores.russianLabels());
        Path png = dir.resolve("trend.png");

        renderer.writePng(chart, png, 900, 360, 2);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1800);
        assertThat(image.getHeight()).isEqualTo(720);
    }

    @Test
    void trendSvgNamesTheSeriesAndTheIntervalBand() throws Exception {
        JFreeChart chart = new TrendChartFactory().create(SampleScores.byMonth(), SampleScores.russianLabels());
        Path svg = dir.resolve("trend.svg");

        renderer.writeSvg(chart, svg, 900, 360);

        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("NPS", "95% интервал", "NPS, пункты");
    }

    @Test
    void trendLeavesOutPeriodsWithoutAnswers() {
        assertThat(TrendChartFactory.points(SampleScores.byMonth())).hasSize(12);
    }

    @Test
    void breakdownAxisSpansNegativeIntervalsAndZero() {
        var range = BreakdownChartFactory.valueRange(SampleScores.byRegion().groups());

        assertThat(range.getLowerBound()).isLessThan(-19.5);
        assertThat(range.getUpperBound()).isGreaterThan(66.0);
    }

    @Test
    void breakdownTooltipsAndLabelsShowTheBase() {
        assertThat(BreakdownChartFactory.categoryLabel(
                        SampleScores.byRegion().groups().get(0)))
                .isEqualTo("Москва (n=412)");
    }

    @Test
    void aGroupWithALowBaseIsMarkedInItsLabelTooltipAndLegend() throws Exception {
        JFreeChart chart = new BreakdownChartFactory().create(SampleScores.byRegion(), SampleScores.russianLabels());
        CategoryPlot plot = (CategoryPlot) chart.getPlot();

        String tooltip = plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 3);

        assertThat(BreakdownChartFactory.categoryLabel(
                        SampleScores.byRegion().groups().get(3)))
                .isEqualTo("Казань (n=12) ⚠");
        assertThat(tooltip).startsWith("Казань: 40,0").endsWith("n = 12 · малая база (n < 30)");
        assertThat(renderer.toSvg(chart, 800, 400)).contains("малая база (n &lt; 30)");
    }

    @Test
    void aMonthWithALowBaseSaysSoInItsTooltipAndTheLegend() {
        JFreeChart chart = new TrendChartFactory().create(SampleScores.byMonth(), SampleScores.russianLabels());
        XYPlot plot = (XYPlot) chart.getPlot();
        XYToolTipGenerator tooltips = plot.getRenderer().getDefaultToolTipGenerator();

        assertThat(tooltips.generateToolTip(plot.getDataset(), 0, 1))
                .startsWith("февраль 2025: ")
                .endsWith("n = 18 · малая база (n < 30)");
        assertThat(tooltips.generateToolTip(plot.getDataset(), 0, 2)).endsWith("n = 230");
        assertThat(renderer.toSvg(chart, 900, 360)).contains("малая база (n &lt; 30)");
    }

    @Test
    void aChartWithoutLowBasesHasNoLowBaseLegend() {
        JFreeChart chart = new BreakdownChartFactory()
                .create(
                        new io.verbatim.domain.score.ScoreTable(
                                SampleScores.byRegion().metric(),
                                SampleScores.byRegion().variant(),
                                "demo",
                                "nps",
                                "region",
                                SampleScores.byRegion().groups().subList(0, 3),
                                "NPS"),
                        SampleScores.russianLabels());

        assertThat(renderer.toSvg(chart, 800, 400)).doesNotContain("малая база");
    }

    /** Writes the sample charts where a human can look at them: {@code -Dverbatim.charts.preview=/tmp/charts}. */
    @Test
    void writesPreviewImagesWhenAsked() throws Exception {
        String target = System.getProperty("verbatim.charts.preview");
        if (target == null) {
            return;
        }
        Path out = Files.createDirectories(Path.of(target));
        renderer.writePng(
                new BreakdownChartFactory().create(SampleScores.byRegion(), SampleScores.russianLabels()),
                out.resolve("breakdown.png"),
                800,
                400);
        renderer.writePng(
                new TrendChartFactory().create(SampleScores.byMonth(), SampleScores.russianLabels()),
                out.resolve("trend.png"),
                900,
                360);
        assertThat(out.resolve("trend.png")).exists();
    }
}
