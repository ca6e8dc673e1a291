package io.verbatim.app.workspace;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.job.JobRunner;
import io.verbatim.domain.job.JobRunner.JobCallbacks;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.port.JourneyRepository;
import io.verbatim.domain.port.PresetRepository;
import io.verbatim.domain.port.SavedViewRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workspace the window works on: which one is open, its datasets and which is selected. It outlives the views, so
 * switching the language (which rebuilds every view) keeps the user's place. Opening, listing and closing touch the
 * database and therefore run as jobs; the properties change on the UI thread only.
 */
public final class WorkspaceSession implements AutoCloseable {

    private final JobRunner runner;
    private final OpenedWorkspace.Opener opener;

    private final ReadOnlyObjectWrapper<OpenedWorkspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Dataset> datasets = FXCollections.observableArrayList();
    private final ObservableList<Dataset> datasetsView = FXCollections.unmodifiableObservableList(datasets);
    private final ObjectProperty<Dataset> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SessionStatus> status = new ReadOnlyObjectWrapper<>(SessionStatus.NO_WORKSPACE);

    public WorkspaceSession(JobRunner runner, OpenedWorkspace.Opener opener) {
        this.runner = runner;
        this.opener = opener;
    }

    // Properties

    public ReadOnlyObjectProperty<OpenedWorkspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ObservableList<Dataset> datasets() {
        return datasetsView;
    }

    /** The dataset the dashboard shows; the dataset list writes it. */
    public ObjectProperty<Dataset> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Optional<DatasetRepository> repository() {
        return Optional.ofNullable(workspace.get()).map(OpenedWorkspace::datasets);
    }

    /** The open workspace's saved import presets; empty when none is open or it keeps none. */
    public Optional<PresetRepository> presets() {
        return Optional.ofNullable(workspace.get()).map(OpenedWorkspace::presets);
    }

    /** The open workspace's saved dashboard views; empty when none is open or it keeps none. */
    public Optional<SavedViewRepository> savedViews() {
        return Optional.ofNullable(workspace.get()).map(OpenedWorkspace::savedViews);
    }

    /** The open workspace's journey maps; empty when none is open or it keeps none. */
    public Optional<JourneyRepository> journeys() {
        return Optional.ofNullable(workspace.get()).map(OpenedWorkspace::journeys);
    }

    // Commands

    /** Opens a workspace (creating it when the directory is empty), then runs {@code seed} in the same job. */
    public void open(Path directory, Seed seed) {
        status.set(new SessionStatus(SessionStatus.State.OPENING, directory.toString(), -1));
        runner.submit(
                "open " + directory,
                context -> {
                    OpenedWorkspace opened = opener.open(directory);
                    seed.seed(opened, context);
                    return new Listing(opened, opened.datasets().datasets());
                },
                new JobCallbacks<>(
                        p -> status.set(new SessionStatus(SessionStatus.State.IMPORTING, p.message(), p.fraction())),
                        this::replace,
                        () -> status.set(SessionStatus.NO_WORKSPACE),
                        this::fail));
    }

    public void open(Path directory) {
        open(directory, Seed.NONE);
    }

    /** Lists the datasets again and selects the one named, or keeps the current selection. */
    public void refresh(String selectName) {
        OpenedWorkspace current = workspace.get();
        if (current == null) {
            return;
        }
        String keep = selectName != null
                ? selectName
                : Optional.ofNullable(selected.get()).map(Dataset::name).orElse(null);
        runner.submit(
                "list datasets",
                context -> current.datasets().datasets(),
                new JobCallbacks<List<Dataset>>(p -> {}, list -> show(list, keep), () -> {}, this::fail));
    }

    public void refresh() {
        refresh(null);
    }

    @Override
    public void close() {
        OpenedWorkspace current = workspace.get();
        if (current != null) {
            closeQuietly(current);
        }
    }

    private void replace(Listing listing) {
        OpenedWorkspace previous = workspace.get();
        workspace.set(listing.workspace());
        show(listing.datasets(), null);
        if (previous != null && previous != listing.workspace()) {
            runner.submit(
                    "close " + previous.directory(),
                    context -> {
                        previous.closer().close();
                        return previous;
                    },
                    new JobCallbacks<>(p -> {}, closed -> {}, () -> {}, e -> {}));
        }
    }

    private void show(List<Dataset> list, String selectName) {
        datasets.setAll(list);
        Dataset choice = list.stream()
                .filter(d -> Objects.equals(d.name(), selectName))
                .findFirst()
                .orElse(list.isEmpty() ? null : list.getFirst());
        selected.set(choice);
        status.set(new SessionStatus(SessionStatus.State.READY, String.valueOf(list.size()), 0));
    }

    private void fail(Throwable error) {
        status.set(new SessionStatus(SessionStatus.State.FAILED, UserFacingError.describe(error), 0));
    }

    private static void closeQuietly(OpenedWorkspace opened) {
        try {
            opened.closer().close();
        } catch (Exception ignored) {
            // Closing at exit: H2 has written everything at commit; nothing useful can be done here.
        }
    }

    /** Work done right after opening, in the same background job (e.g. importing the demo survey). */
    @FunctionalInterface
    public interface Seed {
        Seed NONE = (repository, context) -> {};

        void seed(DatasetRepository repository, JobContext context) throws Exception;

        /** Seeds the whole workspace; by default only its datasets. */
        default void seed(OpenedWorkspace opened, JobContext context) throws Exception {
            seed(opened.datasets(), context);
        }
    }

    private record Listing(OpenedWorkspace workspace, List<Dataset> datasets) {}
}
