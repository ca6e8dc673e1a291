package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.DashboardColumns;
import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.analytics.dashboard.DashboardQuery;
import io.verbatim.analytics.dashboard.DashboardResult;
import io.verbatim.analytics.dashboard.DrillDown;
import io.verbatim.analytics.dashboard.Highlights;
import io.verbatim.analytics.dashboard.PeriodPreset;
import io.verbatim.analytics.score.GroupOrder;
import io.verbatim.app.fx.LatestJob;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.UserFacingError;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.JobRunner;
import io.verbatim.domain.job.JobRunner.JobCallbacks;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.Metric;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard of the selected dataset (ADR 0033): global filters (a period and kept values per segment column) over
 * KPI tiles with their change against the previous period, a breakdown by a chosen column and a monthly trend of a
 * chosen metric. Clicking a bar cross-filters by it and lists its comments; clicking a trend point lists the month's.
 * The arithmetic is {@link DashboardQuery}'s, run as jobs; a newer request makes older results stale (a user clicking
 * through filters must never see an earlier filter's numbers arrive late).
 */
public final class DashboardViewModel implements FilterTarget {

    private final WorkspaceSession session;
    private final LatestJob jobs;
    private final LatestJob drillJobs;
    private final ScoreSource scores;
    private final Messages messages;
    private final ScoreFormat format;
    private final DashboardCharts charts;
    private final DashboardFilterText filterText;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObservableList<KpiTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<Metric> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>();
    private final ObservableList<String> breakdownColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> breakdownColumn = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DashboardCharts.Drawn> drawn = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper breakdownNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trendNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DashboardFilters> filters =
            new ReadOnlyObjectWrapper<>(DashboardFilters.none());
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ObservableList<FilterChip> chips = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rowsKept = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DrillDownModel> drillDown = new ReadOnlyObjectWrapper<>();
    private final SavedViewsModel savedViews;

    // Unmodifiable views are made once: a fresh wrapper per call would be garbage-collected with its listeners.
    private final ObservableList<KpiTile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final ObservableList<Metric> metricsView = FXCollections.unmodifiableObservableList(metrics);
    private final ObservableList<String> breakdownColumnsView =
            FXCollections.unmodifiableObservableList(breakdownColumns);
    private final ObservableList<Segment> segmentsView = FXCollections.unmodifiableObservableList(segments);
    private final ObservableList<FilterChip> chipsView = FXCollections.unmodifiableObservableList(chips);

    /** Held strongly here and weakly by the session, so a dropped dashboard stops listening on its own. */
    private final InvalidationListener selectionListener = obs -> reload();

    private DashboardQuery query;
    private DashboardColumns columns;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private boolean applying;

    public DashboardViewModel(
            WorkspaceSession session, JobRunner runner, ScoreSource scores, Messages messages, DashboardCharts charts) {
        this.session = session;
        this.jobs = new LatestJob(runner);
        this.drillJobs = new LatestJob(runner);
        this.scores = scores;
        this.messages = messages;
        this.format = new ScoreFormat(messages);
        this.charts = charts;
        this.filterText = new DashboardFilterText(messages);
        this.savedViews = new SavedViewsModel(session, this);
        session.selectedProperty().addListener(new WeakInvalidationListener(selectionListener));
        metric.addListener(obs -> redraw());
        breakdownColumn.addListener(obs -> redraw());
        reload();
    }

    // Properties

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** A message shown instead of the dashboard (no dataset, nothing to score), or empty. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<KpiTile> tiles() {
        return tilesView;
    }

    public ObservableList<Metric> metrics() {
        return metricsView;
    }

    /** The metric the charts show; the view's metric chooser writes it. */
    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    public ObservableList<String> breakdownColumns() {
        return breakdownColumnsView;
    }

    /** The column the breakdown chart groups by; the view's column chooser writes it. */
    public ObjectProperty<String> breakdownColumnProperty() {
        return breakdownColumn;
    }

    /** The charts of the last redraw with the tables they show (to map a click back to a group), or null. */
    public ReadOnlyObjectProperty<DashboardCharts.Drawn> drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    /** Why the breakdown chart is missing, or empty. */
    public ReadOnlyStringProperty breakdownNoteProperty() {
        return breakdownNote.getReadOnlyProperty();
    }

    /** Why the trend chart is missing, or empty. */
    public ReadOnlyStringProperty trendNoteProperty() {
        return trendNote.getReadOnlyProperty();
    }

    /** The global filters every widget is scored under. */
    public ReadOnlyObjectProperty<DashboardFilters> filtersProperty() {
        return filters.getReadOnlyProperty();
    }

    /** The columns the filter bar offers, with their values. */
    public ObservableList<Segment> segments() {
        return segmentsView;
    }

    /** The active filters as chips. */
    public ObservableList<FilterChip> chips() {
        return chipsView;
    }

    /** E.g. "3,812 of 10,000 rows". */
    public ReadOnlyStringProperty rowsKeptProperty() {
        return rowsKept.getReadOnlyProperty();
    }

    /** The comments of the bar or point clicked last, or null when the side panel is closed. */
    public ReadOnlyObjectProperty<DrillDownModel> drillDownProperty() {
        return drillDown.getReadOnlyProperty();
    }

    public SavedViewsModel savedViews() {
        return savedViews;
    }

    /** The dataset's first and last response days, or null when it has none. */
    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public String metricName(Metric value) {
        return value == null ? "" : format.metricName(value);
    }

    public String presetName(PeriodPreset preset) {
        return preset == null ? "" : messages.get("period." + preset.wireName());
    }

    // Commands

    /** Scores the selected dataset again from scratch, with no filter. */
    public void reload() {
        jobs.drop();
        drillJobs.drop();
        clear();
        Dataset dataset = session.selectedProperty().get();
        Optional<DatasetRepository> repository = session.repository();
        if (dataset == null || repository.isEmpty()) {
            placeholder.set(messages.get(repository.isEmpty() ? "dashboard.noWorkspace" : "dashboard.noDataset"));
            return;
        }
        title.set(dataset.name());
        loading.set(true);
        jobs.submit(
                "dashboard " + dataset.name(),
                context -> Overview.read(scores.query(repository.get(), dataset), repository.get(), context),
                new JobCallbacks<>(p -> {}, this::applyOverview, () -> loading.set(false), error -> {
                    loading.set(false);
                    placeholder.set(messages.format("dashboard.failed", UserFacingError.describe(error)));
                }));
    }

    /** Keeps exactly {@code values} of a segment column (none: the column is not filtered). */
    public void setValues(String column, Set<String> values) {
        setFilters(filters.get().with(column, values));
    }

    /** Cross-filtering: a value kept is dropped, a value not kept is added. */
    public void toggle(String column, String value) {
        setFilters(filters.get().toggle(column, value));
    }

    /**
     * A click on a breakdown bar: toggles its group as a filter (a second click removes it) and, when the click added
     * it, lists the group's comments.
     */
    public void clickBar(String group) {
        String column = breakdownColumn.get();
        if (column == null) {
            return;
        }
        boolean adding = !filters.get().values(column).contains(group);
        toggle(column, group);
        if (adding) {
            drillDownGroup(column, group);
        }
    }

    /** The period preset counted back from the dataset's last response day. */
    public void applyPreset(PeriodPreset preset) {
        setFilters(preset.apply(filters.get(), lastDay));
    }

    /** A period from the date pickers: both days included; a null end is open. */
    public void setPeriod(LocalDate from, LocalDate lastIncluded) {
        LocalDate to = lastIncluded == null ? null : lastIncluded.plusDays(1);
        if (from != null && to != null && !from.isBefore(to)) {
            return; // the pickers cross while being moved; the next change sets a real period
        }
        setFilters(filters.get().withPeriod(from, to));
    }

    public void removeChip(FilterChip chip) {
        setFilters(
                chip.isPeriod()
                        ? filters.get().withPeriod(null, null)
                        : filters.get().toggle(chip.column(), chip.value()));
    }

    public void clearFilters() {
        setFilters(DashboardFilters.none());
    }

    /** Lists the comments of the rows where {@code column} holds {@code group}, under the filters. */
    public void drillDownGroup(String column, String group) {
        String heading = column + ": " + filterText.value(group);
        List<String> groupTerms = session.repository()
                        .map(r -> r.derivedColumns(query.cube().dataset()).containsKey(column))
                        .orElse(false)
                ? Highlights.terms(group)
                : List.of();
        drill(heading, groupTerms, () -> query.group(filters.get(), metric.get(), column, group, textColumn()));
    }

    /** Lists the comments of a trend point's month ({@code 2025-03}). */
    public void drillDownMonth(String month) {
        drill(
                messages.format("drill.month", month),
                List.of(),
                () -> query.month(filters.get(), metric.get(), month, textColumn()));
    }

    public void closeDrillDown() {
        drillJobs.drop();
        drillDown.set(null);
    }

    /** Shows a saved view: its metric, breakdown and filters in one redraw. */
    void show(Metric viewMetric, String column, DashboardFilters viewFilters) {
        applying = true;
        try {
            if (metrics.contains(viewMetric)) {
                metric.set(viewMetric);
            }
            breakdownColumn.set(breakdownColumns.contains(column) ? column : breakdownColumn.get());
            filters.set(viewFilters);
        } finally {
            applying = false;
        }
        redraw();
    }

    String datasetName() {
        return query == null ? null : query.cube().dataset().name();
    }

    private String textColumn() {
        return columns.textColumn();
    }

    private void drill(String heading, List<String> groupTerms, java.util.function.Supplier<DrillDown> reading) {
        if (query == null || metric.get() == null) {
            return;
        }
        if (textColumn() == null) {
            placeholderless(messages.get("drill.noText"));
            return;
        }
        drillJobs.submit(
                "comments " + heading,
                context -> reading.get(),
                new JobCallbacks<>(
                        p -> {},
                        found -> drillDown.set(new DrillDownModel(messages, heading, groupTerms, found)),
                        () -> {},
                        error -> placeholderless(UserFacingError.describe(error))));
    }

    /** A problem that spares the dashboard: shown where the comments would be. */
    private void placeholderless(String problem) {
        drillDown.set(new DrillDownModel(
                messages,
                problem,
                List.of(),
                new DrillDown(textColumn() == null ? "" : textColumn(), List.of(), 0, 0)));
    }

    private void setFilters(DashboardFilters changed) {
        if (!changed.equals(filters.get())) {
            filters.set(changed);
            redraw();
        }
    }

    private void applyOverview(Overview overview) {
        loading.set(false);
        if (overview.query().metrics().isEmpty()) {
            placeholder.set(messages.get("dashboard.nothingToScore"));
            return;
        }
        query = overview.query();
        columns = overview.columns();
        firstDay = overview.firstDay();
        lastDay = overview.lastDay();
        applying = true;
        try {
            segments.setAll(overview.segments());
            metrics.setAll(query.metrics());
            metric.set(metrics.getFirst());
            breakdownColumns.setAll(columns.segments());
            breakdownColumn.set(
                    columns.segments().isEmpty() ? null : columns.segments().getFirst());
            filters.set(DashboardFilters.none());
        } finally {
            applying = false;
        }
        savedViews.refresh();
        redraw();
    }

    private void redraw() {
        Metric chosen = metric.get();
        if (applying || query == null || chosen == null) {
            return;
        }
        DashboardQuery current = query;
        DashboardFilters chosenFilters = filters.get();
        String column = breakdownColumn.get();
        chips.setAll(filterText.chips(chosenFilters));
        loading.set(true);
        jobs.submit(
                "redraw " + current.cube().dataset().name(),
                context -> {
                    DashboardResult result = current.compute(chosenFilters, chosen, column);
                    return new Redraw(result, charts.draw(result, column), days(chosenFilters));
                },
                new JobCallbacks<>(p -> {}, this::show, () -> loading.set(false), error -> {
                    loading.set(false);
                    breakdownNote.set(UserFacingError.describe(error));
                }));
    }

    private void show(Redraw redraw) {
        loading.set(false);
        DashboardResult result = redraw.result();
        tiles.setAll(result.tiles().stream()
                .map(figure -> format.tile(figure, redraw.days()))
                .toList());
        drawn.set(redraw.drawn());
        breakdownNote.set(
                breakdownColumn.get() == null ? messages.get("dashboard.breakdown.none") : result.breakdownProblem());
        trendNote.set(result.trendProblem());
        rowsKept.set(filterText.rowsKept(result.rows(), query.cube().rows()));
    }

    private static long days(DashboardFilters chosen) {
        return chosen.from() == null || chosen.to() == null ? 0 : ChronoUnit.DAYS.between(chosen.from(), chosen.to());
    }

    private void clear() {
        title.set("");
        placeholder.set("");
        tiles.clear();
        query = null;
        columns = null;
        firstDay = null;
        lastDay = null;
        applying = true;
        try {
            metrics.clear();
            metric.set(null);
            breakdownColumns.clear();
            breakdownColumn.set(null);
            segments.clear();
            filters.set(DashboardFilters.none());
        } finally {
            applying = false;
        }
        chips.clear();
        drawn.set(null);
        drillDown.set(null);
        breakdownNote.set("");
        trendNote.set("");
        rowsKept.set("");
        savedViews.refresh();
    }

    private record Redraw(DashboardResult result, DashboardCharts.Drawn drawn, long days) {}

    /** What a dataset's dashboard needs before its first redraw. */
    private record Overview(
            DashboardQuery query,
            DashboardColumns columns,
            List<Segment> segments,
            LocalDate firstDay,
            LocalDate lastDay) {

        static Overview read(
                DashboardQuery query, DatasetRepository repository, io.verbatim.domain.job.JobContext context) {
            DashboardColumns columns =
                    DashboardColumns.find(repository, query.cube().dataset(), context);
            List<Segment> segments = columns.segments().stream()
                    .map(column -> new Segment(
                            column,
                            query.cube().values(column).stream()
                                    .sorted(Comparator.comparing((String v) -> v.equals(GroupOrder.BLANK))
                                            .thenComparing(Comparator.naturalOrder()))
                                    .toList()))
                    .toList();
            List<LocalDate> span = query.cube().dateSpan();
            return new Overview(
                    query,
                    columns,
                    segments,
                    span.isEmpty() ? null : span.getFirst(),
                    span.isEmpty() ? null : span.getLast());
        }
    }
}
