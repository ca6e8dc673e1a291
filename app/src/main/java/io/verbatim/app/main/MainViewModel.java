package io.verbatim.app.main;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.LanguageSetting;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.app.workspace.SessionStatus;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Dataset;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The main window's state: the open workspace, its datasets, the status line and the language. Dialogs (choosing a
 * directory, the import wizard) belong to the view; this class receives their answers as commands.
 *
 * <p>Everything here is derived from the shared {@link WorkspaceSession} through bindings, which hold their sources
 * weakly, so the view-model of a window rebuilt for another language can simply be dropped.
 */
public final class MainViewModel {

    private final WorkspaceSession session;
    private final LanguageSetting languageSetting;
    private final Messages messages;

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper workspaceTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper workspaceOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();

    public MainViewModel(WorkspaceSession session, LanguageSetting languageSetting, Messages messages) {
        this.session = session;
        this.languageSetting = languageSetting;
        this.messages = messages;
        status.bind(Bindings.createStringBinding(
                () -> describe(session.statusProperty().get()), session.statusProperty()));
        busy.bind(Bindings.createBooleanBinding(
                () -> session.statusProperty().get().busy(), session.statusProperty()));
        progress.bind(Bindings.createDoubleBinding(
                () -> session.statusProperty().get().progress(), session.statusProperty()));
        workspaceOpen.bind(session.workspaceProperty().isNotNull());
        workspaceTitle.bind(Bindings.createStringBinding(
                () -> {
                    OpenedWorkspace open = session.workspaceProperty().get();
                    return open == null
                            ? messages.get("workspace.none")
                            : open.directory().toString();
                },
                session.workspaceProperty()));
    }

    // Properties

    public ObservableList<Dataset> datasets() {
        return session.datasets();
    }

    /** The selected dataset; writable because the dataset list selects it. */
    public ObjectProperty<Dataset> selectedDatasetProperty() {
        return session.selectedProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspaceTitleProperty() {
        return workspaceTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workspaceOpenProperty() {
        return workspaceOpen.getReadOnlyProperty();
    }

    /** 0..1 while a job reports progress, −1 while it runs without a known total. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return languageSetting.languageProperty();
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    /** The first line of a dataset in the list. */
    public String datasetTitle(Dataset dataset) {
        return dataset.name();
    }

    /** The second line: its kind and size, e.g. "Survey · 4,000 rows". */
    public String datasetDetails(Dataset dataset) {
        String kind = messages.get("dataset.kind." + dataset.kind().wireName());
        String rows = NumberFormat.getIntegerInstance(messages.locale()).format(dataset.rows());
        return messages.format("dataset.details", kind, rows, dataset.rows());
    }

    // Commands

    public void openWorkspace(Path directory) {
        session.open(directory);
    }

    /** A new workspace is an empty directory that the store initialises on open. */
    public void newWorkspace(Path directory) {
        session.open(directory);
    }

    public void refresh() {
        session.refresh();
    }

    public void switchLanguage(Language language) {
        if (language != languageSetting.language()) {
            languageSetting.switchTo(language);
        }
    }

    private String describe(SessionStatus state) {
        return switch (state.state()) {
            case NO_WORKSPACE -> messages.get("status.noWorkspace");
            case OPENING -> messages.format("status.opening", state.detail());
            case IMPORTING -> messages.format("status.importing", state.detail());
            case READY -> messages.format("status.ready", Integer.parseInt(state.detail()));
            case FAILED -> messages.format("status.failed", state.detail());
        };
    }
}
