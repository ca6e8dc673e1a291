package io.verbatim.analytics.dashboard;

import io.verbatim.analytics.mention.Groups;
import io.verbatim.analytics.mention.MentionColumns;
import io.verbatim.analytics.mention.MentionDates;
import io.verbatim.analytics.mention.MentionException;
import io.verbatim.analytics.mention.NetSentimentCalculator;
import io.verbatim.analytics.mention.PeriodAxis;
import io.verbatim.analytics.mention.SentimentTable;
import io.verbatim.analytics.mention.ShareOfVoiceCalculator;
import io.verbatim.analytics.mention.ShareOfVoiceTable;
import io.verbatim.analytics.mention.SpikeAnalyzer;
import io.verbatim.analytics.mention.SpikeRule;
import io.verbatim.analytics.mention.SpikeTable;
import io.verbatim.analytics.mention.VoiceMeasure;
import io.verbatim.analytics.mention.VolumeCalculator;
import io.verbatim.analytics.mention.VolumeTable;
import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ScoreException;
import io.verbatim.domain.dataset.MentionField;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The arithmetic of a mention dataset's dashboard (ADR 0033), without a screen: under the same {@link DashboardFilters}
 * as a survey dashboard (the period by publication day, as the export wrote it) it measures the kept mentions with
 * {@code verbatim mentions}' own calculators: volume per day with the default spike rule's check of each day, share
 * of voice by the {@code brand} column, net sentiment by a breakdown column and the most frequent authors. So every
 * number equals {@code verbatim mentions} on the same mentions.
 */
public final class MentionDashboardQuery {

    /** How many authors or sources the top list shows. */
    public static final int TOP = 10;

    /** The spike drivers kept per spike (the dashboard marks the days; the words are for the drill-down). */
    private static final int DRIVERS = 3;

    private final String dataset;
    private final int rows;
    private final Map<String, String[]> cells;
    private final LocalDate[] days;
    private final MentionDates dates = new MentionDates(null);

    /** @param cells the mention columns and segment columns by key (see {@link TicketDashboardData#mentions}) */
    public MentionDashboardQuery(String dataset, int rows, Map<String, String[]> cells) {
        this.dataset = dataset;
        this.rows = rows;
        this.cells = Map.copyOf(cells);
        String[] published = cells.get(MentionField.PUBLISHED_AT.key());
        this.days = published == null ? new LocalDate[rows] : dates.of(published);
    }

    /** The mentions the filters keep, in the calculators' shape. */
    public MentionColumns filtered(DashboardFilters filters) {
        int[] kept = KeptRows.of(filters, cells, days, rows);
        Map<MentionField, String[]> fields = new EnumMap<>(MentionField.class);
        for (MentionField field : MentionField.values()) {
            String[] column = cells.get(field.key());
            if (column != null) {
                fields.put(field, KeptRows.pick(column, kept));
            }
        }
        return new MentionColumns(dataset, kept.length, fields);
    }

    /** One redraw; {@code column} is the net sentiment's breakdown ({@code source}, {@code platform}) or null. */
    public MentionDashboardResult compute(DashboardFilters filters, String column) {
        int[] kept = KeptRows.of(filters, cells, days, rows);
        MentionColumns mentions = filtered(filters);
        Attempt<VolumeTable> volume = attempt(() -> new VolumeCalculator()
                .volume(mentions, axis(mentions), null, Groups.all(mentions.rows()), dates.clock()));
        Attempt<SpikeTable> spikes = attempt(() -> new SpikeAnalyzer(SpikeRule.defaults(), DRIVERS)
                .spikes(mentions, axis(mentions), null, Groups.all(mentions.rows()), dates.clock()));
        Attempt<ShareOfVoiceTable> share = attempt(() -> new ShareOfVoiceCalculator()
                .share(mentions, VoiceMeasure.COUNT, null, null, Groups.all(mentions.rows())));
        Attempt<SentimentTable> sentiment = attempt(() -> {
            if (column == null) {
                return new NetSentimentCalculator().sentiment(mentions, null, Groups.all(mentions.rows()));
            }
            String[] groupCells = cells.get(column);
            if (groupCells == null) {
                throw new MentionException("dataset " + dataset + " has no column '" + column + "' to break down by");
            }
            return new NetSentimentCalculator()
                    .sentiment(mentions, column, Groups.by(KeptRows.pick(groupCells, kept), kept.length));
        });
        String topColumn = cells.containsKey(MentionField.AUTHOR.key())
                ? MentionField.AUTHOR.key()
                : cells.containsKey(MentionField.SOURCE.key()) ? MentionField.SOURCE.key() : "";
        List<CountedValue> top = topColumn.isEmpty() ? List.of() : top(KeptRows.pick(cells.get(topColumn), kept));
        return new MentionDashboardResult(
                kept.length,
                volume.value(),
                spikes.value(),
                volume.problem().isEmpty() ? spikes.problem() : volume.problem(),
                share.value(),
                share.problem(),
                sentiment.value(),
                sentiment.problem(),
                topColumn,
                top);
    }

    private PeriodAxis axis(MentionColumns mentions) {
        return PeriodAxis.of(dates.of(mentions.require(MentionField.PUBLISHED_AT, "a volume per day")), Period.DAY);
    }

    static List<CountedValue> top(String[] values) {
        Map<String, Long> counts = new HashMap<>();
        for (String value : values) {
            String cell = value == null ? "" : value.strip();
            if (!cell.isEmpty()) {
                counts.merge(cell, 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new CountedValue(e.getKey(), e.getValue()))
                .toList();
    }

    /** The mentions behind a bar: the rows where {@code column} holds {@code value} (a brand, a source, an author). */
    public DrillDown group(DashboardFilters filters, String column, String value) {
        return drill(filters.with(column, Set.of(value)));
    }

    /** The mentions published on {@code day} (a point of the volume, e.g. a spike). */
    public DrillDown day(DashboardFilters filters, String day) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ScoreException("'" + day + "' is not a day of the volume (YYYY-MM-DD)");
        }
        if ((filters.from() != null && date.isBefore(filters.from()))
                || (filters.to() != null && !date.isBefore(filters.to()))) {
            return new DrillDown(MentionField.TEXT.key(), List.of(), 0, 0);
        }
        return drill(filters.withPeriod(date, date.plusDays(1)));
    }

    private DrillDown drill(DashboardFilters filters) {
        int[] kept = KeptRows.of(filters, cells, days, rows);
        String source =
                cells.containsKey(MentionField.SOURCE.key()) ? MentionField.SOURCE.key() : MentionField.PLATFORM.key();
        return RowTexts.drillDown(
                cells, kept, List.of(MentionField.TEXT.key()), source, MentionField.PUBLISHED_AT.key());
    }

    private static <T> Attempt<T> attempt(Supplier<T> computing) {
        try {
            return new Attempt<>(Optional.of(computing.get()), "");
        } catch (MentionException e) {
            return new Attempt<>(Optional.empty(), e.getMessage());
        }
    }

    private record Attempt<T>(Optional<T> value, String problem) {}
}
