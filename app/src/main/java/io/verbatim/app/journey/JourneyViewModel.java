package io.verbatim.app.journey;

import io.verbatim.app.fx.LatestJob;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.UserFacingError;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.JobRunner;
import io.verbatim.domain.job.JobRunner.JobCallbacks;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.port.JourneyRepository;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Journey tab: the workspace's maps, the one being edited, its evidence, and the undo, save and workshop state.
 * Edits go through a {@link JourneyEditor} (one undo history per opened map); every change is handed to the shared
 * {@link JourneyAutosave} writer and, when the stages' bindings changed, re-measured by an evidence job.
 */
public final class JourneyViewModel {

    /** The lanes of a blank map, top to bottom. */
    static final List<LaneKind> BLANK_LANES = List.of(
            LaneKind.ACTIONS,
            LaneKind.TOUCHPOINTS,
            LaneKind.EMOTIONS,
            LaneKind.PAIN_POINTS,
            LaneKind.OPPORTUNITIES,
            LaneKind.METRICS,
            LaneKind.VERBATIMS);

    /** How long listing the maps waits for the autosave to write what it holds. */
    private static final Duration UNWRITTEN_WAIT = Duration.ofSeconds(5);

    private final WorkspaceSession session;
    private final LatestJob listing;
    private final LatestJob measuring;
    private final JourneyAutosave autosave;
    private final JourneyEvidenceSource evidenceSource;
    private final Messages messages;

    private final ObservableList<MapEntry> maps = FXCollections.observableArrayList();
    private final ObservableList<MapEntry> mapsView = FXCollections.unmodifiableObservableList(maps);
    private final Map<String, JourneyMap> latest = new HashMap<>();
    private final ReadOnlyObjectWrapper<JourneyMap> map = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JourneyEvidence> evidence = new ReadOnlyObjectWrapper<>(JourneyEvidence.NONE);
    private final ReadOnlyBooleanWrapper measuringNow = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper evidenceProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final BooleanProperty workshop = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper workspaceOpen = new ReadOnlyBooleanWrapper();

    /** Held strongly here and weakly by the session, so a dropped tab stops listening on its own. */
    private final InvalidationListener workspaceListener = obs -> reload();

    private JourneyEditor editor;
    private Object measuredKey;

    public JourneyViewModel(
            WorkspaceSession session,
            JobRunner runner,
            JourneyAutosave autosave,
            JourneyEvidenceSource evidenceSource,
            Messages messages) {
        this.session = session;
        this.listing = new LatestJob(runner);
        this.measuring = new LatestJob(runner);
        this.autosave = autosave;
        this.evidenceSource = evidenceSource;
        this.messages = messages;
        saveStatus.bind(Bindings.createStringBinding(
                () -> describe(autosave.stateProperty().get()), autosave.stateProperty()));
        workspaceOpen.bind(session.workspaceProperty().isNotNull());
        session.workspaceProperty().addListener(new WeakInvalidationListener(workspaceListener));
        showHistory();
        reload();
    }

    // Properties

    public ObservableList<MapEntry> maps() {
        return mapsView;
    }

    /** The map being edited, or null. */
    public ReadOnlyObjectProperty<JourneyMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JourneyEvidence> evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    /** True while the evidence of the map is being computed. */
    public ReadOnlyBooleanProperty measuringProperty() {
        return measuringNow.getReadOnlyProperty();
    }

    /** Why the evidence could not be computed, or empty. */
    public ReadOnlyStringProperty evidenceProblemProperty() {
        return evidenceProblem.getReadOnlyProperty();
    }

    /** A message shown instead of the canvas (no workspace, no map yet), or empty. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** The Edit menu's undo item, e.g. "Undo rename stage". */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Saved", "Saving…" or why saving failed. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    /** Full screen, large type, only the canvas; the toolbar toggle and F11 write it. */
    public BooleanProperty workshopProperty() {
        return workshop;
    }

    public ReadOnlyBooleanProperty workspaceOpenProperty() {
        return workspaceOpen.getReadOnlyProperty();
    }

    /** The editor of the shown map; empty when none is shown. */
    public Optional<JourneyEditor> editor() {
        return Optional.ofNullable(editor);
    }

    public Messages messages() {
        return messages;
    }

    /** The workspace's datasets, for the binding dialog. */
    public List<Dataset> datasets() {
        return List.copyOf(session.datasets());
    }

    // Commands

    /** Lists the workspace's maps again and shows the one shown before, or the first. */
    public void reload() {
        listing.drop();
        Optional<JourneyRepository> repository = session.journeys();
        if (repository.isEmpty()) {
            showMaps(List.of(), null);
            placeholder.set(messages.get("journey.noWorkspace"));
            return;
        }
        String keep = Optional.ofNullable(map.get()).map(JourneyMap::id).orElse(null);
        listing.submit(
                "list journey maps",
                context -> {
                    // A tab rebuilt by a language switch lists the maps while the autosave may still hold the newest
                    // edit: reading the store first would show, and then save over, the map as it was before that edit.
                    autosave.flush(UNWRITTEN_WAIT);
                    return repository.get().all();
                },
                new JobCallbacks<>(
                        p -> {},
                        all -> showMaps(all, keep),
                        () -> {},
                        error -> placeholder.set(
                                messages.format("journey.loadFailed", UserFacingError.describe(error)))));
    }

    /** Shows a map of the list; its undo history starts afresh. */
    public void select(String mapId) {
        JourneyMap chosen = mapId == null ? null : latest.get(mapId);
        if (chosen == null) {
            editor = null;
            map.set(null);
            placeholder.set(messages.get(session.journeys().isEmpty() ? "journey.noWorkspace" : "journey.noMaps"));
        } else if (map.get() == null || !map.get().id().equals(mapId)) {
            editor = new JourneyEditor(chosen, key -> messages.get("journey.edit." + key), this::changed);
            placeholder.set("");
            map.set(chosen);
        }
        showHistory();
        measure();
    }

    /** Makes a map with the usual lanes and no stages, saves it and shows it. */
    public void createBlank() {
        JourneyMap blank = JourneyMap.empty(FreshIds.newId(), messages.get("journey.newMapName"));
        for (LaneKind kind : BLANK_LANES) {
            blank = blank.withLane(new Lane(FreshIds.newId(), kind, laneTitle(kind)));
        }
        add(blank);
    }

    /** Makes a map from a template (under new ids), saves it and shows it. */
    public void createFrom(JourneyMap template) {
        add(FreshIds.copy(template, FreshIds.newId(), template.name()));
    }

    /** Renames the shown map (an undoable edit). */
    public void renameMap(String name) {
        if (editor != null && !name.isBlank()) {
            editor.renameMap(name);
        }
    }

    /** Deletes the shown map and shows another; the view asks for confirmation first. */
    public void deleteShown() {
        JourneyMap shown = map.get();
        Optional<JourneyRepository> repository = session.journeys();
        if (shown == null || repository.isEmpty()) {
            return;
        }
        autosave.delete(repository.get(), shown.id());
        latest.remove(shown.id());
        maps.removeIf(entry -> entry.id().equals(shown.id()));
        map.set(null);
        editor = null;
        select(maps.isEmpty() ? null : maps.getFirst().id());
    }

    public void undo() {
        if (editor != null) {
            editor.undo();
        }
    }

    public void redo() {
        if (editor != null) {
            editor.redo();
        }
    }

    public void toggleWorkshop() {
        workshop.set(!workshop.get());
    }

    /** The default title of a lane of a kind, in the interface language. */
    public String laneTitle(LaneKind kind) {
        return messages.get("journey.lane." + kind.name());
    }

    // Internals

    private void add(JourneyMap created) {
        Optional<JourneyRepository> repository = session.journeys();
        if (repository.isEmpty()) {
            return;
        }
        latest.put(created.id(), created);
        maps.add(MapEntry.of(created));
        autosave.save(repository.get(), created);
        select(created.id());
    }

    private void showMaps(List<JourneyMap> all, String keep) {
        latest.clear();
        all.forEach(m -> latest.put(m.id(), m));
        maps.setAll(all.stream().map(MapEntry::of).toList());
        map.set(null);
        editor = null;
        String choice = keep != null && latest.containsKey(keep)
                ? keep
                : all.isEmpty() ? null : all.getFirst().id();
        select(choice);
    }

    /** Every change of the shown map: show, save, re-measure when the bindings changed. */
    private void changed(JourneyMap next) {
        latest.put(next.id(), next);
        for (int i = 0; i < maps.size(); i++) {
            if (maps.get(i).id().equals(next.id()) && !maps.get(i).name().equals(next.name())) {
                maps.set(i, MapEntry.of(next));
            }
        }
        map.set(next);
        showHistory();
        session.journeys().ifPresent(repository -> autosave.save(repository, next));
        measure();
    }

    private void measure() {
        JourneyMap shown = map.get();
        Object key = shown == null ? null : EvidenceKey.of(shown);
        if (Objects.equals(key, measuredKey)) {
            return;
        }
        measuredKey = key;
        measuring.drop();
        evidenceProblem.set("");
        if (shown == null
                || !EvidenceKey.hasBindings(shown)
                || session.repository().isEmpty()) {
            measuringNow.set(false);
            evidence.set(JourneyEvidence.NONE);
            return;
        }
        measuringNow.set(true);
        var datasets = session.repository().get();
        measuring.submit(
                "journey evidence " + shown.name(),
                context -> evidenceSource.evidence(datasets, shown, context),
                new JobCallbacks<>(
                        p -> {},
                        result -> {
                            measuringNow.set(false);
                            evidence.set(result.evidence());
                            evidenceProblem.set(String.join(" · ", result.problems()));
                        },
                        () -> measuringNow.set(false),
                        error -> {
                            measuringNow.set(false);
                            evidenceProblem.set(UserFacingError.describe(error));
                        }));
    }

    private void showHistory() {
        Optional<String> undo = editor == null ? Optional.empty() : editor.undoLabel();
        Optional<String> redo = editor == null ? Optional.empty() : editor.redoLabel();
        undoText.set(undo.map(l -> messages.format("journey.undoThis", l)).orElse(messages.get("journey.undo")));
        redoText.set(redo.map(l -> messages.format("journey.redoThis", l)).orElse(messages.get("journey.redo")));
        canUndo.set(undo.isPresent());
        canRedo.set(redo.isPresent());
    }

    private String describe(SaveState state) {
        return switch (state.phase()) {
            case SAVED -> messages.get("journey.saved");
            case SAVING -> messages.get("journey.saving");
            case FAILED -> messages.format("journey.saveFailed", state.problem());
        };
    }
}
