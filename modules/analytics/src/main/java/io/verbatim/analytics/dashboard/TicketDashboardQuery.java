package io.verbatim.analytics.dashboard;

import io.verbatim.analytics.score.ScoreException;
import io.verbatim.analytics.ticket.DurationResult;
import io.verbatim.analytics.ticket.DurationRow;
import io.verbatim.analytics.ticket.KpiException;
import io.verbatim.analytics.ticket.KpiMetric;
import io.verbatim.analytics.ticket.KpiRequest;
import io.verbatim.analytics.ticket.RateResult;
import io.verbatim.analytics.ticket.RateRow;
import io.verbatim.analytics.ticket.TicketKpis;
import io.verbatim.analytics.ticket.TicketTable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The arithmetic of a ticket dataset's dashboard (ADR 0033), without a screen: under the same {@link DashboardFilters}
 * as a survey dashboard it keeps the tickets created in the period whose segment columns hold a kept value, then
 * measures them with {@code verbatim kpi}'s own calculators ({@link TicketKpis}): the KPI tiles, first reply and
 * resolution times in buckets with the SLA target, SLA share by a breakdown column and a weekly trend. So every number
 * equals {@code verbatim kpi} run on the same tickets. The whole ticket table is read once ({@link TicketDashboardData})
 * and filtered in memory at each redraw.
 */
public final class TicketDashboardQuery {

    /** The key of the week column added for the weekly trend; no export has a column named so. */
    static final String WEEK = "(week)";

    private static final String ALL = "all";

    private final TicketTable table;
    private final LocalDate[] days;
    private final TicketDashboardSettings settings;

    public TicketDashboardQuery(TicketTable table, TicketDashboardSettings settings) {
        this.table = table;
        this.settings = settings;
        this.days = KeptRows.days(table.column("created_at").orElse(new String[table.rows()]));
    }

    public TicketTable table() {
        return table;
    }

    public TicketDashboardSettings settings() {
        return settings;
    }

    /** The tickets the filters keep, as a table of the same columns. */
    public TicketTable filtered(DashboardFilters filters) {
        return subset(KeptRows.of(filters, table.cells(), days, table.rows()));
    }

    /** One redraw: tiles, histograms, SLA by {@code column} (may be null) and the weekly trend. */
    public TicketDashboardResult compute(DashboardFilters filters, String column) {
        TicketTable kept = filtered(filters);
        List<TicketTile> tiles = new ArrayList<>();
        tiles.addAll(durationTiles(kept, KpiMetric.FRT));
        tiles.addAll(durationTiles(kept, KpiMetric.RESOLUTION));
        tiles.add(rateTile(kept, TicketTile.Kind.SLA, "business"));
        tiles.add(rateTile(kept, TicketTile.Kind.FCR, null));
        tiles.add(rateTile(kept, TicketTile.Kind.REPEAT, "ticket-based"));
        Optional<DurationHistogram> firstReply = Optional.empty();
        Optional<DurationHistogram> resolution = Optional.empty();
        String histogramProblem = "";
        try {
            firstReply = Optional.of(histogram(kept, KpiMetric.FRT, filters));
            resolution = Optional.of(histogram(kept, KpiMetric.RESOLUTION, filters));
        } catch (KpiException e) {
            histogramProblem = e.getMessage();
        }
        List<RateBar> bars = List.of();
        String slaProblem = "";
        if (column != null) {
            try {
                bars = slaBars(kept, column).entrySet().stream()
                        .filter(e -> !e.getKey().equals(ALL))
                        .map(Map.Entry::getValue)
                        .toList();
            } catch (KpiException e) {
                slaProblem = e.getMessage();
            }
        }
        List<TicketWeek> weeks = List.of();
        String trendProblem = "";
        try {
            weeks = weeks(kept);
        } catch (KpiException e) {
            trendProblem = e.getMessage();
        }
        return new TicketDashboardResult(
                kept.rows(), tiles, firstReply, resolution, histogramProblem, bars, slaProblem, weeks, trendProblem);
    }

    private List<TicketTile> durationTiles(TicketTable kept, KpiMetric metric) {
        boolean frt = metric == KpiMetric.FRT;
        TicketTile.Kind median = frt ? TicketTile.Kind.FIRST_REPLY_MEDIAN : TicketTile.Kind.RESOLUTION_MEDIAN;
        try {
            DurationResult result = (DurationResult) TicketKpis.compute(kept, request(metric));
            DurationRow row = headline(result.rows(), ALL);
            List<TicketTile> tiles = new ArrayList<>();
            tiles.add(durationTile(median, row, row.stats().median()));
            if (frt) {
                tiles.add(durationTile(
                        TicketTile.Kind.FIRST_REPLY_MEAN, row, row.stats().mean()));
            }
            return tiles;
        } catch (KpiException e) {
            return frt
                    ? List.of(
                            TicketTile.missing(median, e.getMessage()),
                            TicketTile.missing(TicketTile.Kind.FIRST_REPLY_MEAN, e.getMessage()))
                    : List.of(TicketTile.missing(median, e.getMessage()));
        }
    }

    private static TicketTile durationTile(TicketTile.Kind kind, DurationRow row, double minutes) {
        return new TicketTile(kind, row.clock(), minutes, row.stats().n(), Double.NaN, Double.NaN, "");
    }

    /** The group's row on the headline clock: business time when measured, else the stated business, else stated. */
    static DurationRow headline(List<DurationRow> rows, String group) {
        List<DurationRow> mine =
                rows.stream().filter(r -> r.group().equals(group)).toList();
        for (String clock : List.of("business", "stated business", "stated")) {
            for (DurationRow row : mine) {
                if (row.clock().equals(clock)) {
                    return row;
                }
            }
        }
        return mine.getFirst();
    }

    private TicketTile rateTile(TicketTable kept, TicketTile.Kind kind, String variant) {
        KpiMetric metric =
                switch (kind) {
                    case SLA -> KpiMetric.SLA;
                    case FCR -> KpiMetric.FCR;
                    default -> KpiMetric.REPEAT;
                };
        try {
            RateResult result = (RateResult) TicketKpis.compute(kept, request(metric));
            RateRow row = result.rows().stream()
                    .filter(r -> r.group().equals(ALL)
                            && (variant == null || r.variant().equals(variant)))
                    .findFirst()
                    .orElseThrow(() -> new KpiException("no " + metric.wireName() + " figure for all tickets"));
            return new TicketTile(
                    kind,
                    row.variant(),
                    row.rate(),
                    row.n(),
                    row.interval().low(),
                    row.interval().high(),
                    "");
        } catch (KpiException e) {
            return TicketTile.missing(kind, e.getMessage());
        }
    }

    private DurationHistogram histogram(TicketTable kept, KpiMetric metric, DashboardFilters filters) {
        Map.Entry<String, double[]> durations = TicketKpis.durations(kept, request(metric));
        double target = Double.NaN;
        if (settings.sla().on() == metric) {
            target = targetFor(filters.values("priority"), filters.values("channel"));
        }
        return DurationHistogram.of(durations.getKey(), durations.getValue(), target);
    }

    /** The one target of the kept tickets when the filters pin it down (one priority, or only a catch-all), else NaN. */
    private double targetFor(Set<String> priorities, Set<String> channels) {
        if (!settings.sla().onlyCatchAll() && priorities.size() != 1) {
            return Double.NaN;
        }
        String priority = priorities.isEmpty() ? "" : priorities.iterator().next();
        String channel = channels.size() == 1 ? channels.iterator().next() : "";
        if (settings.sla().byChannel() && channels.size() != 1) {
            return Double.NaN;
        }
        return settings.sla()
                .target(priority, channel)
                .map(d -> (double) d.toMinutes())
                .orElse(Double.NaN);
    }

    private Map<String, RateBar> slaBars(TicketTable kept, String column) {
        RateResult result =
                (RateResult) TicketKpis.compute(kept, request(KpiMetric.SLA).by(column));
        Map<String, RateBar> bars = new LinkedHashMap<>();
        for (RateRow row : result.rows()) {
            if (row.variant().equals("business")) {
                bars.put(row.group(), bar(row));
            }
        }
        return bars;
    }

    private static RateBar bar(RateRow row) {
        return new RateBar(
                row.group(),
                row.hits(),
                row.n(),
                row.rate(),
                row.interval().low(),
                row.interval().high());
    }

    private List<TicketWeek> weeks(TicketTable kept) {
        TicketTable weekly = withWeeks(kept);
        Map<String, Long> counts = new TreeMap<>();
        for (String week : weekly.column(WEEK).orElseThrow()) {
            if (!week.isEmpty()) {
                counts.merge(week, 1L, Long::sum);
            }
        }
        if (counts.isEmpty()) {
            throw new KpiException("no ticket has a readable created_at day; a weekly trend needs them");
        }
        DurationResult frt = (DurationResult)
                TicketKpis.compute(weekly, request(KpiMetric.FRT).by(WEEK));
        Map<String, RateBar> sla;
        try {
            sla = slaBars(weekly, WEEK);
        } catch (KpiException e) {
            sla = Map.of();
        }
        List<TicketWeek> weeks = new ArrayList<>();
        for (Map.Entry<String, Long> week : counts.entrySet()) {
            double median = frt.rows().stream().anyMatch(r -> r.group().equals(week.getKey()))
                    ? headline(frt.rows(), week.getKey()).stats().median()
                    : Double.NaN;
            weeks.add(new TicketWeek(week.getKey(), week.getValue(), median, sla.get(week.getKey())));
        }
        return weeks;
    }

    private TicketTable withWeeks(TicketTable kept) {
        String[] created = kept.column("created_at").orElse(new String[kept.rows()]);
        String[] weeks = new String[kept.rows()];
        for (int row = 0; row < weeks.length; row++) {
            LocalDate day = KeptRows.day(created[row]);
            weeks[row] = day == null
                    ? ""
                    : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .toString();
        }
        Map<String, String[]> cells = new LinkedHashMap<>(kept.cells());
        cells.put(WEEK, weeks);
        return new TicketTable(kept.dataset(), kept.rows(), cells, kept.labels());
    }

    /** The request {@code verbatim kpi --metric M --sla TARGETS} makes with the dashboard's settings. */
    public KpiRequest request(KpiMetric metric) {
        KpiRequest request =
                KpiRequest.of(metric, settings.profile(), settings.calendar()).sla(settings.sla());
        return settings.start() == null && settings.end() == null
                ? request
                : request.clock(settings.start(), settings.end());
    }

    /** The tickets behind a bar of the SLA breakdown: the rows where {@code column} holds {@code group}. */
    public DrillDown group(DashboardFilters filters, String column, String group) {
        return drill(filters.with(column, Set.of(group)), null);
    }

    /** The tickets created in the week starting {@code monday} (a trend point). */
    public DrillDown week(DashboardFilters filters, String monday) {
        LocalDate start;
        try {
            start = LocalDate.parse(monday);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ScoreException("'" + monday + "' is not a week of the trend (YYYY-MM-DD)");
        }
        LocalDate from = filters.from() != null && filters.from().isAfter(start) ? filters.from() : start;
        LocalDate end = start.plusWeeks(1);
        LocalDate to = filters.to() != null && filters.to().isBefore(end) ? filters.to() : end;
        return drill(filters.withPeriod(from, to), null);
    }

    /** The tickets in one bucket of the first reply ({@code firstReply}) or resolution histogram. */
    public DrillDown bucket(DashboardFilters filters, boolean firstReply, int bucket) {
        return drill(filters, new Bucketed(firstReply ? KpiMetric.FRT : KpiMetric.RESOLUTION, bucket));
    }

    private DrillDown drill(DashboardFilters filters, Bucketed bucketed) {
        int[] kept = KeptRows.of(filters, table.cells(), days, table.rows());
        if (bucketed != null) {
            double[] minutes = TicketKpis.durations(subset(kept), request(bucketed.metric()))
                    .getValue();
            List<Integer> inBucket = new ArrayList<>();
            for (int i = 0; i < kept.length; i++) {
                if (!Double.isNaN(minutes[i]) && DurationHistogram.bucket(minutes[i]) == bucketed.bucket()) {
                    inBucket.add(kept[i]);
                }
            }
            kept = inBucket.stream().mapToInt(Integer::intValue).toArray();
        }
        return RowTexts.drillDown(table.cells(), kept, List.of("subject", "description"), "channel", "created_at");
    }

    private record Bucketed(KpiMetric metric, int bucket) {}

    private TicketTable subset(int[] kept) {
        Map<String, String[]> cells = new LinkedHashMap<>();
        table.cells().forEach((key, column) -> cells.put(key, KeptRows.pick(column, kept)));
        return new TicketTable(table.dataset(), kept.length, cells, table.labels());
    }
}
