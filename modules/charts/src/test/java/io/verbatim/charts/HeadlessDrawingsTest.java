package io.verbatim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.charts.journey.JourneyLabels;
import io.verbatim.charts.journey.JourneyMapRenderer;
import io.verbatim.charts.kpi.KpiBoard;
import io.verbatim.charts.kpi.KpiChange;
import io.verbatim.charts.kpi.KpiFigure;
import io.verbatim.charts.kpi.KpiLabels;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.Variant;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java2D drawings and the topic chart render headless to PNG and SVG. Set {@code -Dcharts.out=DIR} to keep the
 * files for a look.
 */
class HeadlessDrawingsTest {

    @TempDir
    Path dir;

    private final ChartRenderer renderer = new ChartRenderer();

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static KpiBoard board() {
        Score nps = new Score(Score.ALL, 3812, 31.6, 28.8, 34.4, 1.43);
        Score june = new Score("2026-06", 210, 24.0, 12.0, 36.0, 6.1);
        Score may = new Score("2026-05", 230, 38.0, 27.0, 49.0, 5.6);
        Comparison npsChange = new Comparison(june, may, -14.0, -2.13, 0.033, "Wald z-test for NPS");
        Score csat = new Score(Score.ALL, 3790, 71.24, 69.8, 72.7, 0.73);
        Comparison csatChange = new Comparison(june, may, 1.1, 0.3, 0.76, "z-test");
        Score ces = new Score(Score.ALL, 21, 5.12, 4.6, 5.6, 0.25);
        return new KpiBoard(
                List.of(
                        new KpiFigure(
                                "NPS",
                                "чистый индекс, пункты",
                                nps,
                                Variant.NET_SCORE,
                                new KpiChange("июнь 2026", "май 2026", npsChange)),
                        new KpiFigure(
                                "CSAT",
                                "доля 4–5, %",
                                csat,
                                Variant.TOP_BOX_PERCENT,
                                new KpiChange("июнь 2026", "май 2026", csatChange)),
                        new KpiFigure("CES", "среднее, 1–7", ces, Variant.MEAN, null)),
                new KpiLabels(
                        "Демо-опрос",
                        "Фильтр: регион = Москва",
                        "n = %s",
                        "%2$s → %1$s",
                        "значимо",
                        "в пределах шума",
                        "нет предыдущего периода",
                        "малая база",
                        "нет ответов",
                        "п. п.",
                        Locale.of("ru")));
    }

    @Test
    void kpiBoardShowsValueMarginBaseAndChange() throws Exception {
        String svg = render(board(), "kpi", 1200, 320);

        assertThat(svg)
                .contains(
                        "NPS",
                        "+32",
                        "± 2,8",
                        "n = "
                                + java.text.NumberFormat.getIntegerInstance(Locale.of("ru"))
                                        .format(3812),
                        "−14",
                        "значимо",
                        "p = 0,0330",
                        "71,2%",
                        "+1,1 п. п.");
        assertThat(svg).contains("в пределах шума", "нет предыдущего периода", "малая база");
    }

    @Test
    void aSignificantRiseOnAReversedScaleIsBadNewsInRed() {
        Score now = new Score("2026-06", 300, 4.6, 4.4, 4.8, 0.1);
        Score before = new Score("2026-05", 300, 4.1, 3.9, 4.3, 0.1);
        Comparison rise = new Comparison(now, before, 0.5, 3.5, 0.0005, "Welch t");
        KpiChange change = new KpiChange("June 2026", "May 2026", rise);
        KpiLabels labels = new KpiLabels(
                "", "", "n = %s", "%2$s → %1$s", "significant", "noise", "none", "low", "no", "pp", Locale.ENGLISH);
        String red = "rgb(207,34,46)";
        String green = "rgb(26,127,55)";

        String reversed = renderer.toSvg(
                new KpiBoard(List.of(new KpiFigure("CES", "mean", now, Variant.MEAN, change, false)), labels),
                400,
                260);
        String usual = renderer.toSvg(
                new KpiBoard(List.of(new KpiFigure("CES", "mean", now, Variant.MEAN, change, true)), labels), 400, 260);

        assertThat(reversed).contains(red).doesNotContain(green);
        assertThat(usual).contains(green).doesNotContain(red);
    }

    @Test
    void kpiTilesWrapIntoRowsOfFour() {
        assertThat(board().columns()).isEqualTo(3);
        assertThat(board().rows()).isEqualTo(1);
    }

    @Test
    void trendMarksASignificantChange() throws Exception {
        var chart = new TrendChartFactory()
                .create(
                        SampleScores.byMonth(),
                        SampleScores.russianLabels(),
                        List.of(
                                new TrendMark("2025-04", "+9, p = 0,003", true),
                                new TrendMark("2025-09", "−7", false)));

        String svg = render(chart, "trend", 1000, 420);

        assertThat(svg).contains("+9, p = 0,003", "−7", "95% интервал");
    }

    @Test
    void topicChartStacksSentimentsPerTopic() throws Exception {
        var chart = new TopicSentimentChartFactory()
                .create(
                        List.of(
                                new TopicSentimentBar("интернет, скорость, вечер", 40, 60, 210),
                                new TopicSentimentBar("тариф, цена", 30, 80, 90),
                                new TopicSentimentBar("support, chat, waiting", 12, 20, 75)),
                        new TopicChartLabels(
                                "Темы и тональность",
                                "Тема",
                                "Тексты",
                                "позитив",
                                "нейтрально",
                                "негатив",
                                Locale.of("ru")));

        String svg = render(chart, "topics", 1000, 420);

        assertThat(svg).contains("интернет, скорость, вечер (n=310)", "позитив", "негатив", "Тексты");
    }

    @Test
    void journeyMapDrawsStagesNotesMetricsAndVerbatims() throws Exception {
        JourneyMap map = SampleJourney.map();
        JourneyMapRenderer journey = new JourneyMapRenderer(map, SampleJourney.evidence(map), JourneyLabels.english());
        int width = 1400;
        int height = journey.preferredHeight(width);

        String svg = render(journey, "journey", width, height);

        assertThat(svg).contains("Путь нового абонента", "1. Поиск тарифа", "Счёт выше обещанного: скрытые услуги");
        assertThat(svg).contains("+24", "n = 412", "Мастер пришёл вовремя, всё настроил", "not bound to data");
        assertThat(svg).contains("measured (from data)", "felt (workshop)", "Emotions");
    }

    @Test
    void journeyMapWithoutEvidenceSaysSoAndStillRenders() throws Exception {
        JourneyMap map = SampleJourney.map();
        JourneyMapRenderer journey = new JourneyMapRenderer(map, JourneyEvidence.NONE, JourneyLabels.english());

        String svg = render(journey, "journey-bare", 1200, 700);

        assertThat(svg).contains("figures not computed");
    }

    @Test
    void aJourneyMapShorterThanItsContentIsScaledNotClipped() throws Exception {
        JourneyMap map = SampleJourney.map();
        JourneyMapRenderer journey = new JourneyMapRenderer(map, SampleJourney.evidence(map), JourneyLabels.english());
        Path png = dir.resolve("short.png");

        renderer.writePng(journey, png, 1400, 400);

        BufferedImage image = ImageChecks.png(png, 1400, 400);
        // The bottom lane (verbatims) is drawn: dark text pixels in the lowest tenth of the drawing's own height.
        assertThat(journey.preferredHeight(1400)).isGreaterThan(400);
        assertThat(ImageChecks.distinctColours(image)).isGreaterThan(20);
    }

    @Test
    void cyrillicLabelsHaveGlyphsInTheChartFont() {
        assertThat(ChartStyle.font(java.awt.Font.PLAIN, 12f).canDisplayUpTo("Путь нового абонента: жёлтый счёт"))
                .isEqualTo(-1);
    }

    /** Renders PNG and SVG, checks both, and returns the SVG's text. */
    private String render(Drawable drawing, String name, int width, int height) throws Exception {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        renderer.write(drawing, png, width, height);
        renderer.write(drawing, svg, width, height);
        ImageChecks.png(png, width, height);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        String shown = ImageChecks.svgText(ImageChecks.svg(text));
        String keep = System.getProperty("charts.out");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(png, Path.of(keep, name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(svg, Path.of(keep, name + ".svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return shown;
    }
}
