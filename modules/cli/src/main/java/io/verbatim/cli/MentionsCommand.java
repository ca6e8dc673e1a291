package io.verbatim.cli;

import io.verbatim.analytics.mention.BrandKeywords;
import io.verbatim.analytics.mention.Groups;
import io.verbatim.analytics.mention.MentionColumns;
import io.verbatim.analytics.mention.MentionDates;
import io.verbatim.analytics.mention.NetSentimentCalculator;
import io.verbatim.analytics.mention.PeriodAxis;
import io.verbatim.analytics.mention.ShareOfVoiceCalculator;
import io.verbatim.analytics.mention.SpikeAnalyzer;
import io.verbatim.analytics.mention.SpikeRule;
import io.verbatim.analytics.mention.VoiceMeasure;
import io.verbatim.analytics.mention.VolumeCalculator;
import io.verbatim.analytics.score.Period;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.store.Workspace;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim mentions}: volume, net sentiment, share of voice or spikes of a mention dataset. It reads the
 * canonical mention columns from the workspace and hands them to the calculators of
 * {@code io.verbatim.analytics.mention}; every table is printed with its definition.
 */
@Command(
        name = "mentions",
        description = "Mention metrics: volume per period (with reach and engagement), net sentiment with n and a 95%%"
                + " interval, share of voice, or spikes explained by their sources and words.")
final class MentionsCommand implements Callable<Integer> {

    /** What the command computes. */
    enum Metric {
        VOLUME,
        SENTIMENT,
        SOV,
        SPIKES
    }

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "The mention dataset.")
    private String dataset;

    @Option(
            names = "--metric",
            required = true,
            paramLabel = "volume|sentiment|sov|spikes",
            description = "The metric.")
    private Metric metric;

    @Option(names = "--by", paramLabel = "COL", description = "Break down by this column (source, platform, ...).")
    private String by;

    @Option(
            names = "--period",
            paramLabel = "day|week|month",
            description = "Periods for volume and spikes (default day); for sentiment and sov, a trend by period.")
    private Period period;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            description = "Count days on this clock (e.g. Europe/Moscow); default: the dates as the export wrote them.")
    private String zone;

    @Option(
            names = "--sov-by",
            paramLabel = "count|reach|engagement",
            defaultValue = "count",
            description = "Share of voice weighs each mention by 1, its reach or its engagement (default count).")
    private VoiceMeasure sovBy;

    @Option(
            names = "--brands",
            paramLabel = "SPEC",
            description = "Brands by keywords in the text, e.g. \"Acme=acme,акме;Rival=rival\" (default: the brand"
                    + " column).")
    private String brands;

    @Option(names = "--window", paramLabel = "W", description = "Spike baseline: the previous W periods (default 14).")
    private int window = SpikeRule.DEFAULT_WINDOW;

    @Option(
            names = "--k",
            paramLabel = "K",
            description =
                    "Spike: more than mean + K·SD of the baseline (default 4: a steady series alarms in about 1 of 60"
                            + " 120-day runs by chance; 2 or 3 alarm more often, on noise too).")
    private double k = SpikeRule.DEFAULT_K;

    @Option(names = "--min-volume", paramLabel = "N", description = "Spike: at least N mentions (default 5).")
    private long minimumVolume = SpikeRule.DEFAULT_MINIMUM_VOLUME;

    @Option(names = "--top", paramLabel = "N", description = "Spike drivers to show per column and for words (3).")
    private int top = 3;

    @Override
    public Integer call() {
        if (by != null && period != null && (metric == Metric.SENTIMENT || metric == Metric.SOV)) {
            throw new UserInputException(
                    "use --by or --period for " + metric.name().toLowerCase(Locale.ROOT) + ", not both");
        }
        if (brands != null && metric != Metric.SOV) {
            throw new UserInputException("--brands is for --metric sov");
        }
        SpikeRule rule = new SpikeRule(window, k, minimumVolume);
        MentionDates dates = new MentionDates(zone());
        Object table;
        try (Workspace workspace = options.open()) {
            Dataset data = WorkspaceOptions.requireDataset(workspace, dataset);
            if (data.kind() != DatasetKind.MENTIONS) {
                throw new UserInputException(
                        "dataset " + data.name() + " holds " + data.kind().wireName()
                                + ", not mentions; import a mention export (or use --kind mentions) first");
            }
            MentionColumns mentions = read(workspace, data);
            String[] byCells = by == null ? null : workspace.datasets().readColumn(data, breakdown(data));
            String byKey = by == null ? null : breakdown(data).key();
            table = switch (metric) {
                case VOLUME ->
                    new VolumeCalculator()
                            .volume(
                                    mentions,
                                    axis(mentions, dates),
                                    byKey,
                                    Groups.by(byCells, mentions.rows()),
                                    dates.clock());
                case SPIKES ->
                    new SpikeAnalyzer(rule, top)
                            .spikes(
                                    mentions,
                                    axis(mentions, dates),
                                    byKey,
                                    Groups.by(byCells, mentions.rows()),
                                    dates.clock());
                case SENTIMENT ->
                    new NetSentimentCalculator()
                            .sentiment(mentions, groupName(byKey), groups(mentions, dates, byCells));
                case SOV ->
                    new ShareOfVoiceCalculator()
                            .share(
                                    mentions,
                                    sovBy,
                                    brands == null ? null : BrandKeywords.parse(brands),
                                    groupName(byKey),
                                    groups(mentions, dates, byCells));
            };
        }
        var out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            out.println(Json.write(MentionsJson.of(table)));
        } else {
            out.print(MentionsText.of(table));
        }
        return 0;
    }

    private static MentionColumns read(Workspace workspace, Dataset data) {
        Map<MentionField, String[]> cells = new EnumMap<>(MentionField.class);
        for (MentionField field : MentionField.values()) {
            data.columns().stream()
                    .filter(c -> c.key().equals(field.key()))
                    .findFirst()
                    .ifPresent(column -> cells.put(field, workspace.datasets().readColumn(data, column)));
        }
        return new MentionColumns(data.name(), Math.toIntExact(data.rows()), cells);
    }

    private Column breakdown(Dataset data) {
        return data.column(by)
                .orElseThrow(() -> new UserInputException("dataset " + data.name() + " has no column '" + by
                        + "' to break down by; its columns are "
                        + String.join(
                                ", ", data.columns().stream().map(Column::key).toList())));
    }

    private PeriodAxis axis(MentionColumns mentions, MentionDates dates) {
        String[] published =
                mentions.require(MentionField.PUBLISHED_AT, metric.name().toLowerCase(Locale.ROOT));
        return PeriodAxis.of(dates.of(published), period == null ? Period.DAY : period);
    }

    /** Sentiment and share of voice: by the column, by period when one is asked for, else all together. */
    private Groups groups(MentionColumns mentions, MentionDates dates, String[] byCells) {
        if (byCells != null) {
            return Groups.by(byCells, mentions.rows());
        }
        if (period != null) {
            return Groups.byPeriod(axis(mentions, dates));
        }
        return Groups.all(mentions.rows());
    }

    private String groupName(String byKey) {
        if (byKey != null) {
            return byKey;
        }
        return period == null ? null : period.wireName();
    }

    private ZoneId zone() {
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UserInputException("unknown time zone '" + zone + "'; use a region such as Europe/Moscow or an"
                    + " offset such as +03:00");
        }
    }
}
