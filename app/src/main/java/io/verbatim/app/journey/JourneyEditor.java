package io.verbatim.app.journey;

import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyHistory;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.journey.Persona;
import io.verbatim.domain.journey.Stage;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Every edit the canvas can make to one map, each one step of a {@link JourneyHistory} with a label the Edit menu shows
 * ("Undo rename stage"). Edits that name something no longer on the map (a stale click after an undo) change nothing.
 * After every change, including undo and redo, the listener receives the new map: that is what saves and re-computes.
 */
public final class JourneyEditor {

    private final JourneyHistory history;
    private final Function<String, String> labels;
    private final Consumer<JourneyMap> changed;

    /**
     * @param start the map as loaded
     * @param labels the edit's name for a key such as {@code "renameStage"}, in the interface language
     * @param changed told the new map after every change
     */
    public JourneyEditor(JourneyMap start, Function<String, String> labels, Consumer<JourneyMap> changed) {
        this.history = new JourneyHistory(start);
        this.labels = labels;
        this.changed = changed;
    }

    public JourneyMap map() {
        return history.current();
    }

    public Optional<String> undoLabel() {
        return history.undoLabel();
    }

    public Optional<String> redoLabel() {
        return history.redoLabel();
    }

    public void undo() {
        if (history.canUndo()) {
            changed.accept(history.undo());
        }
    }

    public void redo() {
        if (history.canRedo()) {
            changed.accept(history.redo());
        }
    }

    // --- the map ---

    public void renameMap(String name) {
        edit("renameMap", map -> map.withName(name.strip()));
    }

    // --- stages ---

    /** Appends a stage and returns its id. */
    public String addStage(String name) {
        String id = newId();
        edit("addStage", map -> map.withStage(new Stage(id, name, null, null)));
        return id;
    }

    public void renameStage(String stageId, String name) {
        editStage("renameStage", stageId, stage -> stage.withName(name.strip()));
    }

    public void deleteStage(String stageId) {
        edit("deleteStage", map -> map.stage(stageId).isPresent() ? map.withoutStage(stageId) : map);
    }

    /** Moves a stage to a position counted in the order without it. */
    public void moveStage(String stageId, int index) {
        edit("moveStage", map -> map.stage(stageId).isPresent() ? map.withStageMoved(stageId, index) : map);
    }

    /** Binds a stage to data, or unbinds it with null. */
    public void bindStage(String stageId, Binding binding) {
        editStage(binding == null ? "unbindStage" : "bindStage", stageId, stage -> stage.withBinding(binding));
    }

    /** Sets the hand-drawn emotion of a stage, clamped to -2..+2; null clears it. */
    public void setFeltEmotion(String stageId, Double emotion) {
        Double clamped = emotion == null ? null : Math.max(Stage.MIN_EMOTION, Math.min(Stage.MAX_EMOTION, emotion));
        editStage("feltEmotion", stageId, stage -> stage.withFeltEmotion(clamped));
    }

    // --- lanes ---

    public String addLane(LaneKind kind, String title) {
        String id = newId();
        edit("addLane", map -> map.withLane(new Lane(id, kind, title)));
        return id;
    }

    public void renameLane(String laneId, String title) {
        edit("renameLane", map -> map.lane(laneId)
                .map(lane -> map.withLaneReplaced(lane.withTitle(title.strip())))
                .orElse(map));
    }

    public void deleteLane(String laneId) {
        edit("deleteLane", map -> map.lane(laneId).isPresent() ? map.withoutLane(laneId) : map);
    }

    public void moveLane(String laneId, int index) {
        edit("moveLane", map -> map.lane(laneId).isPresent() ? map.withLaneMoved(laneId, index) : map);
    }

    // --- notes ---

    public String addNote(String stageId, String laneId, String text, NoteColour colour) {
        String id = newId();
        edit(
                "addNote",
                map -> inCell(map, stageId, laneId) ? map.withNote(new Note(id, stageId, laneId, text, colour)) : map);
        return id;
    }

    public void editNote(String noteId, String text) {
        editNoteWith("editNote", noteId, note -> note.withText(text.strip()));
    }

    public void recolourNote(String noteId, NoteColour colour) {
        editNoteWith("recolourNote", noteId, note -> note.withColour(colour));
    }

    /** Moves a note to another cell (drag and drop); it goes last in its new cell. */
    public void moveNote(String noteId, String stageId, String laneId) {
        edit("moveNote", map -> map.note(noteId)
                .filter(note -> inCell(map, stageId, laneId)
                        && !(note.stageId().equals(stageId) && note.laneId().equals(laneId)))
                .map(note -> map.withoutNote(noteId).withNote(note.movedTo(stageId, laneId)))
                .orElse(map));
    }

    public void deleteNote(String noteId) {
        edit("deleteNote", map -> map.withoutNote(noteId));
    }

    // --- personas ---

    public String addPersona(String name, String description) {
        String id = newId();
        edit("addPersona", map -> map.withPersona(new Persona(id, name, description)));
        return id;
    }

    public void renamePersona(String personaId, String name) {
        editPersona("renamePersona", personaId, persona -> persona.withName(name.strip()));
    }

    public void describePersona(String personaId, String description) {
        editPersona("describePersona", personaId, persona -> persona.withDescription(description.strip()));
    }

    public void deletePersona(String personaId) {
        edit("deletePersona", map -> map.withoutPersona(personaId));
    }

    // --- plumbing ---

    private void edit(String labelKey, UnaryOperator<JourneyMap> change) {
        JourneyMap before = history.current();
        JourneyMap after = history.apply(labels.apply(labelKey), change);
        if (after != before) {
            changed.accept(after);
        }
    }

    private void editStage(String labelKey, String stageId, UnaryOperator<Stage> change) {
        edit(labelKey, map -> map.stage(stageId)
                .map(stage -> map.withStageReplaced(change.apply(stage)))
                .orElse(map));
    }

    private void editNoteWith(String labelKey, String noteId, UnaryOperator<Note> change) {
        edit(labelKey, map -> map.note(noteId)
                .map(note -> map.withNoteReplaced(change.apply(note)))
                .orElse(map));
    }

    private void editPersona(String labelKey, String personaId, UnaryOperator<Persona> change) {
        edit(labelKey, map -> map.personas().stream()
                .filter(p -> p.id().equals(personaId))
                .findFirst()
                .map(persona -> map.withPersonaReplaced(change.apply(persona)))
                .orElse(map));
    }

    private static boolean inCell(JourneyMap map, String stageId, String laneId) {
        return map.stage(stageId).isPresent() && map.lane(laneId).isPresent();
    }

    private static String newId() {
        return FreshIds.newId();
    }
}
