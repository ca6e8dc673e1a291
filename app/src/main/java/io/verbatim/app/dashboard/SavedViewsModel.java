package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dashboard.SavedView;
import io.verbatim.domain.port.SavedViewRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's saved views of the shown dataset (ADR 0033): save the current filters, breakdown and metric under a
 * name, apply one, delete one. A view is a few rows of the workspace, so the calls are quick enough to make directly.
 */
public final class SavedViewsModel {

    private final WorkspaceSession session;
    private final DashboardViewModel dashboard;
    private final Clock clock;
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final ObservableList<SavedView> viewsView = FXCollections.unmodifiableObservableList(views);

    SavedViewsModel(WorkspaceSession session, DashboardViewModel dashboard) {
        this(session, dashboard, Clock.systemUTC());
    }

    SavedViewsModel(WorkspaceSession session, DashboardViewModel dashboard, Clock clock) {
        this.session = session;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    /** The shown dataset's views, by name. */
    public ObservableList<SavedView> views() {
        return viewsView;
    }

    /** True when the workspace can keep views and a dataset is shown. */
    public boolean available() {
        return session.savedViews().isPresent() && dashboard.datasetName() != null;
    }

    /** Saves what the dashboard shows now under {@code name}, replacing a view of that name. */
    public void save(String name) {
        Optional<SavedViewRepository> repository = session.savedViews();
        String dataset = dashboard.datasetName();
        if (repository.isEmpty() || dataset == null || name == null || name.isBlank()) {
            return;
        }
        DashboardFilters filters = dashboard.filtersProperty().get();
        Map<String, List<String>> segments = new LinkedHashMap<>();
        filters.segments().forEach((column, values) -> segments.put(column, List.copyOf(values)));
        repository
                .get()
                .save(new SavedView(
                        dataset,
                        name,
                        dashboard.metricProperty().get(),
                        dashboard.breakdownColumnProperty().get(),
                        filters.from(),
                        filters.to(),
                        segments,
                        clock.instant()));
        refresh();
    }

    /** Shows a view's filters, breakdown and metric. */
    public void apply(SavedView view) {
        DashboardFilters filters = DashboardFilters.none().withPeriod(view.from(), view.to());
        for (Map.Entry<String, List<String>> segment : view.segments().entrySet()) {
            filters = filters.with(segment.getKey(), new LinkedHashSet<>(segment.getValue()));
        }
        dashboard.show(view.metric(), view.breakdown(), filters);
    }

    public void delete(SavedView view) {
        session.savedViews().ifPresent(repository -> repository.delete(view.dataset(), view.name()));
        refresh();
    }

    /** Reads the shown dataset's views again. */
    void refresh() {
        String dataset = dashboard.datasetName();
        Optional<SavedViewRepository> repository = session.savedViews();
        views.setAll(
                dataset == null || repository.isEmpty()
                        ? List.of()
                        : repository.get().views(dataset));
    }
}
