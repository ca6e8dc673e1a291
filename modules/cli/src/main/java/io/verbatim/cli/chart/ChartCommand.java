package io.verbatim.cli.chart;

import io.verbatim.analytics.score.Period;
import io.verbatim.charts.ChartRenderer;
import io.verbatim.charts.TopicSentimentBar;
import io.verbatim.charts.TopicSentimentChartFactory;
import io.verbatim.charts.kpi.KpiBoard;
import io.verbatim.charts.kpi.KpiFigure;
import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.cli.WorkspaceOptions;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.score.Metric;
import io.verbatim.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jfree.chart.ui.Drawable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim chart}: renders a KPI board, a trend, topic × sentiment or a journey map to PNG or SVG without a
 * screen (docs/decisions/0034-headless-charts.md). The figures are those of {@code score} for the same dataset,
 * question and filter; the drawing is the charts module's, the same the app and reports show.
 */
@Command(
        name = "chart",
        description =
                "Render a chart headless to PNG or SVG: kpi (score tiles with change), trend (score by period"
                        + " with its 95%% band and significant changes), topics (topic × sentiment) or journey (a journey map).")
public final class ChartCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "The dataset to draw.")
    private String dataset;

    @Option(names = "--kind", required = true, paramLabel = "kpi|trend|topics|journey", description = "What to draw.")
    private ChartKind kind;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The image: F.png or F.svg.")
    private Path out;

    @Option(names = "--width", paramLabel = "PX", description = "Width (default: suits the kind, e.g. 1200).")
    private Integer width;

    @Option(names = "--height", paramLabel = "PX", description = "Height (default: suits the kind and its content).")
    private Integer height;

    @Option(
            names = "--lang",
            paramLabel = "en|ru",
            defaultValue = "en",
            description = "Language of the labels (default: ${DEFAULT-VALUE}).")
    private ChartLanguage language;

    @Option(
            names = "--filter",
            paramLabel = "EXPR",
            description = "Draw only the rows that match, as score --filter: \"region=Москва;date>=2025-01-01\".")
    private String filter;

    @Option(names = "--question", paramLabel = "Q", description = "kpi, trend: this rating question only.")
    private String question;

    @Option(
            names = "--metric",
            paramLabel = "nps|enps|csat|ces",
            description = "trend: the score (default: the first the dataset has).")
    private String metric;

    @Option(
            names = "--period",
            paramLabel = "day|month",
            description = "kpi, trend: the period of the change and the trend (default: month; day for mentions).")
    private Period period;

    @Option(names = "--column", paramLabel = "COL", description = "topics: the text column (default: the first).")
    private String column;

    @Option(names = "--map", paramLabel = "NAME", description = "journey: the map (default: the only one bound).")
    private String map;

    @Override
    public Integer call() throws IOException {
        System.setProperty("java.awt.headless", "true");
        checkOptions();
        Rendered rendered;
        try (Workspace workspace = options.open()) {
            Dataset data = WorkspaceOptions.requireDataset(workspace, dataset);
            ChartScope scope = ChartScope.of(workspace, data, filter);
            ChartWords words = ChartWords.of(language);
            rendered = switch (kind) {
                case KPI -> kpi(scope, words);
                case TREND -> trend(scope, words);
                case TOPICS -> topics(scope, words);
                case JOURNEY -> JourneyChart.render(scope, map, words, width);
            };
        }
        int w = width != null ? width : rendered.width();
        int h = height != null ? height : rendered.height();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserInputException("cannot write " + out + ": folder " + parent + " does not exist");
        }
        new ChartRenderer().write(rendered.drawing(), out, w, h);
        print(w, h);
        return 0;
    }

    /** A drawing and the size it looks best at. */
    record Rendered(Drawable drawing, int width, int height) {}

    private void checkOptions() {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new UserInputException("--out " + out + ": end the file name in .png or .svg");
        }
        if ((width != null && (width < 200 || width > 10_000))
                || (height != null && (height < 100 || height > 10_000))) {
            throw new UserInputException("--width is 200 to 10000 and --height 100 to 10000 pixels");
        }
    }

    private Rendered kpi(ChartScope scope, ChartWords words) {
        requireSurvey(scope);
        List<KpiFigure> figures = KpiFigures.of(scope, question, period == null ? Period.MONTH : period, words);
        KpiBoard board = new KpiBoard(figures, words.kpi(scope.whole().name(), subtitle(scope, words)));
        int w = width != null ? width : Math.min(4, figures.size()) * 320 + 40;
        return new Rendered(board, w, 100 + board.rows() * 190);
    }

    private Rendered trend(ChartScope scope, ChartWords words) {
        if (scope.whole().kind() == DatasetKind.MENTIONS && metric == null && question == null) {
            return new Rendered(MentionTrend.chart(scope, period == null ? Period.DAY : period, words), 1100, 480);
        }
        requireSurvey(scope);
        Metric chosen = chosenMetric(scope);
        return new Rendered(
                SurveyTrend.chart(scope, chosen, question, period == null ? Period.MONTH : period, words), 1100, 480);
    }

    private Rendered topics(ChartScope scope, ChartWords words) {
        Column text =
                TopicBars.column(scope.whole(), scope.workspace().datasets().derivedColumns(scope.whole()), column);
        List<TopicSentimentBar> bars = TopicBars.of(scope, text);
        if (bars.isEmpty()) {
            throw new UserInputException(
                    "column '" + text.key() + "' of " + scope.whole().name() + " has no texts"
                            + (scope.filter() == null ? "" : " for --filter " + scope.filter()));
        }
        int shown = Math.min(bars.size(), TopicSentimentChartFactory.MAX_TOPICS);
        return new Rendered(
                new TopicSentimentChartFactory().create(bars, words.topics(text.key())), 1100, 130 + shown * 46);
    }

    private Metric chosenMetric(ChartScope scope) {
        if (metric != null) {
            Metric named;
            try {
                named = Metric.fromWire(metric);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("unknown metric '" + metric + "'; use nps, enps, csat or ces");
            }
            if (!scope.metrics().contains(named)) {
                throw new UserInputException("dataset " + scope.whole().name() + " has no " + named.wireName()
                        + " question; it has " + metricList(scope));
            }
            return named;
        }
        if (question != null) {
            return scope.metricOfQuestion(question);
        }
        if (scope.metrics().isEmpty()) {
            throw new UserInputException("dataset " + scope.whole().name() + " has no rating question to draw; mark one"
                    + " with 'verbatim import --role COL=nps' or use --kind topics");
        }
        return scope.metrics().getFirst();
    }

    private static String metricList(ChartScope scope) {
        return scope.metrics().isEmpty()
                ? "none"
                : String.join(
                        ", ", scope.metrics().stream().map(Metric::wireName).toList());
    }

    private static void requireSurvey(ChartScope scope) {
        if (scope.whole().kind() != DatasetKind.SURVEY && scope.metrics().isEmpty()) {
            throw new UserInputException("dataset " + scope.whole().name() + " holds "
                    + scope.whole().kind().wireName() + " with no rating question; kpi and trend draw survey scores"
                    + " (try --kind topics)");
        }
    }

    private static String subtitle(ChartScope scope, ChartWords words) {
        var count = java.text.NumberFormat.getIntegerInstance(words.locale());
        if (scope.filter() == null) {
            return words.format("rows", count.format(scope.whole().rows()));
        }
        return words.format(
                "filter",
                scope.filter(),
                count.format(scope.data().rows()),
                count.format(scope.whole().rows()));
    }

    private void print(int w, int h) {
        String format = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? "svg" : "png";
        var printer = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", kind.name().toLowerCase(Locale.ROOT));
            json.put("dataset", dataset);
            json.put("file", out.toAbsolutePath().toString());
            json.put("format", format);
            json.put("width", w);
            json.put("height", h);
            printer.println(Json.write(json));
        } else {
            printer.printf("wrote %s (%s, %d×%d)%n", out, format, w, h);
        }
    }
}
