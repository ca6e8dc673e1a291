package io.verbatim.app.dashboard;

import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.app.fx.LatestJob;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.UserFacingError;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.JobCancelledException;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.job.JobRunner;
import io.verbatim.domain.job.JobRunner.JobCallbacks;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.ScoreTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.jfree.chart.JFreeChart;

/**
 * The dashboard of the selected dataset: KPI tiles for every scored question type, a breakdown by a chosen column and
 * a monthly trend of a chosen metric. All scoring runs as jobs; a newer request makes older results stale (a user
 * clicking through datasets must never see the previous dataset's numbers arrive late).
 */
public final class DashboardViewModel {

    private final WorkspaceSession session;
    private final LatestJob jobs;
    private final ScoreSource scores;
    private final Messages messages;
    private final ScoreFormat format;
    private final DashboardCharts charts;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObservableList<KpiTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<Metric> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>();
    private final ObservableList<String> breakdownColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> breakdownColumn = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<JFreeChart> breakdownChart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> trendChart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper breakdownNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trendNote = new ReadOnlyStringWrapper("");

    // Unmodifiable views are made once: a fresh wrapper per call would be garbage-collected with its listeners.
    private final ObservableList<KpiTile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final ObservableList<Metric> metricsView = FXCollections.unmodifiableObservableList(metrics);
    private final ObservableList<String> breakdownColumnsView =
            FXCollections.unmodifiableObservableList(breakdownColumns);

    /** Held strongly here and weakly by the session, so a dropped dashboard stops listening on its own. */
    private final InvalidationListener selectionListener = obs -> reload();

    private boolean applyingOverview;

    public DashboardViewModel(
            WorkspaceSession session, JobRunner runner, ScoreSource scores, Messages messages, DashboardCharts charts) {
        this.session = session;
        this.jobs = new LatestJob(runner);
        this.scores = scores;
        this.messages = messages;
        this.format = new ScoreFormat(messages);
        this.charts = charts;
        session.selectedProperty().addListener(new WeakInvalidationListener(selectionListener));
        metric.addListener(obs -> refreshCharts());
        breakdownColumn.addListener(obs -> refreshCharts());
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

    public ReadOnlyObjectProperty<JFreeChart> breakdownChartProperty() {
        return breakdownChart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JFreeChart> trendChartProperty() {
        return trendChart.getReadOnlyProperty();
    }

    /** Why the breakdown chart is missing, or empty. */
    public ReadOnlyStringProperty breakdownNoteProperty() {
        return breakdownNote.getReadOnlyProperty();
    }

    /** Why the trend chart is missing, or empty. */
    public ReadOnlyStringProperty trendNoteProperty() {
        return trendNote.getReadOnlyProperty();
    }

    public String metricName(Metric value) {
        return value == null ? "" : format.metricName(value);
    }

    // Commands

    /** Scores the selected dataset again from scratch. */
    public void reload() {
        jobs.drop();
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
                "score " + dataset.name(),
                context -> overview(repository.get(), dataset, context),
                new JobCallbacks<>(p -> {}, this::applyOverview, () -> loading.set(false), error -> {
                    loading.set(false);
                    placeholder.set(messages.format("dashboard.failed", UserFacingError.describe(error)));
                }));
    }

    private Overview overview(DatasetRepository repository, Dataset dataset, JobContext context) {
        List<MetricScore> overall = new ArrayList<>();
        for (Metric candidate : Metric.values()) {
            context.checkCancelled();
            if (!dataset.questions(candidate.role()).isEmpty()) {
                overall.add(new MetricScore(candidate, scores.score(repository, dataset, ScoreRequest.of(candidate))));
            }
        }
        return new Overview(repository, dataset, overall, BreakdownColumns.find(repository, dataset, context));
    }

    private void applyOverview(Overview result) {
        loading.set(false);
        if (result.scores().isEmpty()) {
            placeholder.set(messages.get("dashboard.nothingToScore"));
            return;
        }
        tiles.setAll(result.scores().stream()
                .map(s -> format.tile(s.metric(), s.table()))
                .toList());
        applyingOverview = true;
        try {
            metrics.setAll(result.scores().stream().map(MetricScore::metric).toList());
            metric.set(metrics.getFirst());
            breakdownColumns.setAll(result.columns());
            breakdownColumn.set(
                    result.columns().isEmpty() ? null : result.columns().getFirst());
        } finally {
            applyingOverview = false;
        }
        refreshCharts();
    }

    private void refreshCharts() {
        Dataset dataset = session.selectedProperty().get();
        Optional<DatasetRepository> repository = session.repository();
        Metric chosen = metric.get();
        if (applyingOverview || dataset == null || repository.isEmpty() || chosen == null) {
            return;
        }
        String column = breakdownColumn.get();
        loading.set(true);
        jobs.submit(
                "chart " + dataset.name(),
                context -> new ChartTables(
                        column == null
                                ? Attempt.missing(messages.get("dashboard.breakdown.none"))
                                : attempt(() -> scores.score(
                                        repository.get(),
                                        dataset,
                                        ScoreRequest.of(chosen).by(column))),
                        attempt(() -> scores.score(
                                repository.get(),
                                dataset,
                                ScoreRequest.of(chosen).per(Period.MONTH)))),
                new JobCallbacks<>(
                        p -> {},
                        tables -> showCharts(tables, column),
                        () -> loading.set(false),
                        error -> loading.set(false)));
    }

    private void showCharts(ChartTables tables, String column) {
        loading.set(false);
        breakdownChart.set(
                tables.breakdown().table().map(t -> charts.breakdown(t, column)).orElse(null));
        breakdownNote.set(tables.breakdown().problem());
        trendChart.set(tables.trend().table().map(charts::trend).orElse(null));
        trendNote.set(tables.trend().problem());
    }

    private void clear() {
        title.set("");
        placeholder.set("");
        tiles.clear();
        applyingOverview = true;
        try {
            metrics.clear();
            metric.set(null);
            breakdownColumns.clear();
            breakdownColumn.set(null);
        } finally {
            applyingOverview = false;
        }
        breakdownChart.set(null);
        trendChart.set(null);
        breakdownNote.set("");
        trendNote.set("");
    }

    /** Scores one chart; a chart that cannot be drawn (no dates, a bad column) explains itself and spares the other. */
    private static Attempt attempt(Supplier<ScoreTable> scoring) {
        try {
            return new Attempt(Optional.of(scoring.get()), "");
        } catch (JobCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            return Attempt.missing(UserFacingError.describe(e));
        }
    }

    private record MetricScore(Metric metric, ScoreTable table) {}

    private record Overview(
            DatasetRepository repository, Dataset dataset, List<MetricScore> scores, List<String> columns) {}

    private record ChartTables(Attempt breakdown, Attempt trend) {}

    private record Attempt(Optional<ScoreTable> table, String problem) {
        static Attempt missing(String problem) {
            return new Attempt(Optional.empty(), problem);
        }
    }
}
