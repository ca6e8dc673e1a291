package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.DashboardColumns;
import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.analytics.dashboard.DrillDown;
import io.verbatim.analytics.dashboard.MentionDashboardQuery;
import io.verbatim.analytics.dashboard.MentionDashboardResult;
import io.verbatim.analytics.dashboard.PeriodPreset;
import io.verbatim.analytics.dashboard.TicketDashboardData;
import io.verbatim.analytics.dashboard.TicketDashboardQuery;
import io.verbatim.analytics.dashboard.TicketDashboardResult;
import io.verbatim.analytics.dashboard.TicketDashboardSettings;
import io.verbatim.analytics.score.GroupOrder;
import io.verbatim.app.fx.LatestJob;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.UserFacingError;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.job.JobRunner;
import io.verbatim.domain.job.JobRunner.JobCallbacks;
import io.verbatim.domain.port.DatasetRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard of a ticket or a mention dataset (ADR 0033): the same global filters, chips and comments panel as a
 * survey's, over tiles and four charts. Tickets: first reply and resolution times in business-hour buckets with the
 * SLA target, SLA share by the first segment column, weekly SLA share. Mentions: volume per day with spike days, share
 * of voice, net sentiment by source, top authors. The arithmetic is {@link TicketDashboardQuery}'s and
 * {@link MentionDashboardQuery}'s, run as jobs; the newest request wins. {@link #activeProperty()} says whether the
 * selected dataset is one of these kinds (a survey's dashboard shows otherwise).
 */
public final class KindDashboardViewModel implements FilterTarget {

    private final WorkspaceSession session;
    private final LatestJob jobs;
    private final LatestJob drillJobs;
    private final Messages messages;
    private final KindCharts charts;
    private final DashboardFilterText filterText;

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DatasetKind> kind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObservableList<KpiTile> tiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<KindCharts.Chart>> drawn = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> notes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<DashboardFilters> filters =
            new ReadOnlyObjectWrapper<>(DashboardFilters.none());
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ObservableList<FilterChip> chips = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rowsKept = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DrillDownModel> drillDown = new ReadOnlyObjectWrapper<>();
    private final ObservableList<KpiTile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final ObservableList<Segment> segmentsView = FXCollections.unmodifiableObservableList(segments);
    private final ObservableList<FilterChip> chipsView = FXCollections.unmodifiableObservableList(chips);
    private final InvalidationListener selectionListener = obs -> reload();

    private Loaded loaded;

    public KindDashboardViewModel(WorkspaceSession session, JobRunner runner, Messages messages) {
        this.session = session;
        this.jobs = new LatestJob(runner);
        this.drillJobs = new LatestJob(runner);
        this.messages = messages;
        this.charts = new KindCharts(messages);
        this.filterText = new DashboardFilterText(messages);
        session.selectedProperty().addListener(new WeakInvalidationListener(selectionListener));
        reload();
    }

    /** True when the selected dataset holds tickets or mentions. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DatasetKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why the dashboard could not be read, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<KpiTile> tiles() {
        return tilesView;
    }

    /** The four charts of the last redraw, in reading order; a chart that cannot be drawn is {@code Chart.NONE}. */
    ReadOnlyObjectProperty<List<KindCharts.Chart>> drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    /** Per chart, why it is missing, or empty. */
    public ReadOnlyObjectProperty<List<String>> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    @Override
    public ObservableList<Segment> segments() {
        return segmentsView;
    }

    @Override
    public ObservableList<FilterChip> chips() {
        return chipsView;
    }

    @Override
    public ReadOnlyObjectProperty<DashboardFilters> filtersProperty() {
        return filters.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty rowsKeptProperty() {
        return rowsKept.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<DrillDownModel> drillDownProperty() {
        return drillDown.getReadOnlyProperty();
    }

    @Override
    public LocalDate lastDay() {
        return loaded == null ? null : loaded.lastDay();
    }

    @Override
    public String presetName(PeriodPreset preset) {
        return preset == null ? "" : messages.get("period." + preset.wireName());
    }

    @Override
    public void applyPreset(PeriodPreset preset) {
        setFilters(preset.apply(filters.get(), lastDay()));
    }

    @Override
    public void setPeriod(LocalDate from, LocalDate lastIncluded) {
        LocalDate to = lastIncluded == null ? null : lastIncluded.plusDays(1);
        if (from == null || to == null || from.isBefore(to)) {
            setFilters(filters.get().withPeriod(from, to));
        }
    }

    @Override
    public void setValues(String column, Set<String> values) {
        setFilters(filters.get().with(column, values));
    }

    @Override
    public void removeChip(FilterChip chip) {
        setFilters(
                chip.isPeriod()
                        ? filters.get().withPeriod(null, null)
                        : filters.get().toggle(chip.column(), chip.value()));
    }

    @Override
    public void clearFilters() {
        setFilters(DashboardFilters.none());
    }

    @Override
    public void closeDrillDown() {
        drillJobs.drop();
        drillDown.set(null);
    }

    /** The breakdown column: SLA share and net sentiment are grouped by it. */
    public String breakdownColumn() {
        return loaded == null ? null : loaded.breakdown();
    }

    /**
     * A click on chart {@code chart} (0–3, reading order) at bar or point {@code index}: lists the tickets or
     * mentions behind it; a bar of the breakdown also cross-filters by its group, as on a survey dashboard.
     */
    public void click(int chart, int index) {
        List<KindCharts.Chart> now = drawn.get();
        if (loaded == null
                || chart >= now.size()
                || index < 0
                || index >= now.get(chart).keys().size()) {
            return;
        }
        String key = now.get(chart).keys().get(index);
        DashboardFilters current = filters.get();
        Loaded data = loaded;
        if (data.tickets() != null) {
            switch (chart) {
                case 0, 1 ->
                    drill(
                            messages.format("kinds.drill.bucket", messages.get("kinds.bucket." + key)),
                            () -> data.tickets().bucket(current, chart == 0, index));
                case 2 -> {
                    setFilters(current.toggle(data.breakdown(), key));
                    drill(data.breakdown() + ": " + key, () -> data.tickets().group(current, data.breakdown(), key));
                }
                default ->
                    drill(messages.format("kinds.drill.week", key), () -> data.tickets()
                            .week(current, key));
            }
        } else {
            switch (chart) {
                case 0 ->
                    drill(messages.format("kinds.drill.day", key), () -> data.mentions()
                            .day(current, key));
                case 1 -> drill("brand: " + key, () -> data.mentions().group(current, "brand", key));
                case 2 ->
                    drill(data.breakdown() + ": " + key, () -> data.mentions().group(current, data.breakdown(), key));
                default ->
                    drill(data.topColumn() + ": " + key, () -> data.mentions().group(current, data.topColumn(), key));
            }
        }
    }

    /** Reads the selected dataset again and redraws with no filter. */
    public void reload() {
        jobs.drop();
        drillJobs.drop();
        loaded = null;
        tiles.clear();
        drawn.set(List.of());
        notes.set(List.of());
        segments.clear();
        chips.clear();
        drillDown.set(null);
        filters.set(DashboardFilters.none());
        rowsKept.set("");
        problem.set("");
        Dataset dataset = session.selectedProperty().get();
        DatasetRepository repository = session.repository().orElse(null);
        boolean ours = dataset != null
                && repository != null
                && (dataset.kind() == DatasetKind.TICKETS || dataset.kind() == DatasetKind.MENTIONS);
        kind.set(ours ? dataset.kind() : null);
        active.set(ours);
        if (!ours) {
            title.set("");
            return;
        }
        title.set(dataset.name());
        loading.set(true);
        jobs.submit(
                "dashboard " + dataset.name(),
                context -> Loaded.read(repository, dataset, context),
                new JobCallbacks<>(p -> {}, this::applyLoaded, () -> loading.set(false), error -> {
                    loading.set(false);
                    problem.set(messages.format("dashboard.failed", UserFacingError.describe(error)));
                }));
    }

    private void applyLoaded(Loaded data) {
        loaded = data;
        segments.setAll(data.segments());
        redraw();
    }

    private void setFilters(DashboardFilters changed) {
        if (!changed.equals(filters.get())) {
            filters.set(changed);
            redraw();
        }
    }

    private void redraw() {
        Loaded data = loaded;
        if (data == null) {
            return;
        }
        DashboardFilters chosen = filters.get();
        chips.setAll(filterText.chips(chosen));
        loading.set(true);
        jobs.submit(
                "redraw " + title.get(),
                context -> data.redraw(chosen, messages, charts),
                new JobCallbacks<>(p -> {}, this::show, () -> loading.set(false), error -> {
                    loading.set(false);
                    problem.set(UserFacingError.describe(error));
                }));
    }

    private void show(Redraw redraw) {
        loading.set(false);
        problem.set("");
        tiles.setAll(redraw.tiles());
        notes.set(redraw.notes());
        drawn.set(redraw.charts());
        rowsKept.set(filterText.rowsKept(redraw.rows(), loaded == null ? redraw.rows() : loaded.rows()));
    }

    private void drill(String heading, Supplier<DrillDown> reading) {
        drillJobs.submit(
                "rows " + heading,
                context -> reading.get(),
                new JobCallbacks<>(
                        p -> {},
                        found -> drillDown.set(new DrillDownModel(messages, heading, List.of(), found, false)),
                        () -> {},
                        error -> drillDown.set(new DrillDownModel(
                                messages,
                                UserFacingError.describe(error),
                                List.of(),
                                new DrillDown("", List.of(), 0, 0),
                                false))));
    }

    /** One redraw's tiles, charts, notes and rows kept. */
    record Redraw(List<KpiTile> tiles, List<KindCharts.Chart> charts, List<String> notes, int rows) {}

    /** A dataset read for its dashboard: the query of its kind, its segments and its last day. */
    record Loaded(
            TicketDashboardQuery tickets,
            MentionDashboardQuery mentions,
            List<Segment> segments,
            String breakdown,
            String topColumn,
            LocalDate lastDay,
            int rows) {

        static Loaded read(DatasetRepository repository, Dataset dataset, JobContext context) {
            List<String> columns =
                    DashboardColumns.find(repository, dataset, context).segments();
            int rows = Math.toIntExact(dataset.rows());
            if (dataset.kind() == DatasetKind.TICKETS) {
                var table = TicketDashboardData.tickets(repository, dataset, columns, context);
                TicketDashboardQuery query = new TicketDashboardQuery(table, TicketDashboardSettings.defaults());
                String breakdown = preferred(columns, List.of("channel", "priority", "group"));
                return new Loaded(
                        query,
                        null,
                        segments(table.cells(), columns),
                        breakdown,
                        "",
                        last(table.cells(), "created_at"),
                        rows);
            }
            Map<String, String[]> cells = TicketDashboardData.mentions(repository, dataset, columns, context);
            MentionDashboardQuery query = new MentionDashboardQuery(dataset.name(), rows, cells);
            String breakdown = preferred(columns, List.of("source", "platform"));
            String top = cells.containsKey("author") ? "author" : "source";
            return new Loaded(null, query, segments(cells, columns), breakdown, top, last(cells, "published_at"), rows);
        }

        Redraw redraw(DashboardFilters chosen, Messages messages, KindCharts charts) {
            if (tickets != null) {
                TicketDashboardResult result = tickets.compute(chosen, breakdown);
                return new Redraw(
                        KindTiles.tickets(messages, result),
                        charts.tickets(result, breakdown),
                        List.of(
                                result.histogramProblem(),
                                result.histogramProblem(),
                                breakdown == null ? messages.get("dashboard.breakdown.none") : result.slaProblem(),
                                result.trendProblem()),
                        result.rows());
            }
            MentionDashboardResult result = mentions.compute(chosen, breakdown);
            return new Redraw(
                    KindTiles.mentions(messages, result),
                    charts.mentions(result, breakdown),
                    List.of(result.volumeProblem(), result.shareProblem(), result.sentimentProblem(), ""),
                    result.rows());
        }

        private static String preferred(List<String> columns, List<String> wanted) {
            return wanted.stream()
                    .filter(columns::contains)
                    .findFirst()
                    .orElse(columns.isEmpty() ? null : columns.getFirst());
        }

        private static List<Segment> segments(Map<String, String[]> cells, List<String> columns) {
            List<Segment> segments = new ArrayList<>();
            for (String column : columns) {
                TreeSet<String> values = new TreeSet<>(Comparator.comparing((String v) -> v.equals(GroupOrder.BLANK))
                        .thenComparing(Comparator.naturalOrder()));
                for (String cell : cells.get(column)) {
                    values.add(cell == null || cell.isBlank() ? GroupOrder.BLANK : cell.strip());
                }
                segments.add(new Segment(column, List.copyOf(values)));
            }
            return segments;
        }

        private static LocalDate last(Map<String, String[]> cells, String key) {
            LocalDate last = null;
            for (String cell : cells.getOrDefault(key, new String[0])) {
                if (cell != null && cell.strip().length() >= 10) {
                    try {
                        LocalDate day = LocalDate.parse(cell.strip().substring(0, 10));
                        last = last == null || day.isAfter(last) ? day : last;
                    } catch (java.time.format.DateTimeParseException e) {
                        // not a day: no preset counts from it
                    }
                }
            }
            return last;
        }
    }
}
