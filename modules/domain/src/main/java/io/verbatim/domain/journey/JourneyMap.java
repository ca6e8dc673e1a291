package io.verbatim.domain.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A customer-journey map as an immutable value: its personas, the stages from left to right, the lanes from top to
 * bottom and the sticky notes in their cells. Every edit returns a new map, so a history of maps is an undo stack and
 * saving a map is writing one value. Ids are stable across edits (reordering a stage keeps its id and its notes).
 */
public record JourneyMap(
        String id, String name, List<Persona> personas, List<Stage> stages, List<Lane> lanes, List<Note> notes) {

    public JourneyMap {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        personas = List.copyOf(personas);
        stages = List.copyOf(stages);
        lanes = List.copyOf(lanes);
        notes = List.copyOf(notes);
    }

    /** An empty map with a name. */
    public static JourneyMap empty(String id, String name) {
        return new JourneyMap(id, name, List.of(), List.of(), List.of(), List.of());
    }

    public JourneyMap withName(String newName) {
        return new JourneyMap(id, newName, personas, stages, lanes, notes);
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    public Optional<Lane> lane(String laneId) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).findFirst();
    }

    public Optional<Note> note(String noteId) {
        return notes.stream().filter(n -> n.id().equals(noteId)).findFirst();
    }

    /** The notes of one cell, in the order they were added. */
    public List<Note> notesAt(String stageId, String laneId) {
        return notes.stream()
                .filter(n -> n.stageId().equals(stageId) && n.laneId().equals(laneId))
                .toList();
    }

    // --- stages ---

    /** Inserts a stage at {@code index} (0 is the leftmost; the size appends). */
    public JourneyMap withStageAt(int index, Stage stage) {
        return new JourneyMap(id, name, personas, inserted(stages, index, stage), lanes, notes);
    }

    public JourneyMap withStage(Stage stage) {
        return withStageAt(stages.size(), stage);
    }

    /** Replaces the stage with the same id. */
    public JourneyMap withStageReplaced(Stage stage) {
        return new JourneyMap(
                id, name, personas, replaced(stages, s -> s.id().equals(stage.id()), s -> stage), lanes, notes);
    }

    /** Removes a stage and the notes in its column. */
    public JourneyMap withoutStage(String stageId) {
        return new JourneyMap(
                id, name, personas, removed(stages, s -> s.id().equals(stageId)), lanes, removed(notes, n -> n.stageId()
                        .equals(stageId)));
    }

    /** Moves a stage to {@code index} in the order without it (drag and drop). */
    public JourneyMap withStageMoved(String stageId, int index) {
        return new JourneyMap(id, name, personas, moved(stages, s -> s.id().equals(stageId), index), lanes, notes);
    }

    // --- lanes ---

    public JourneyMap withLaneAt(int index, Lane lane) {
        return new JourneyMap(id, name, personas, stages, inserted(lanes, index, lane), notes);
    }

    public JourneyMap withLane(Lane lane) {
        return withLaneAt(lanes.size(), lane);
    }

    public JourneyMap withLaneReplaced(Lane lane) {
        return new JourneyMap(
                id, name, personas, stages, replaced(lanes, l -> l.id().equals(lane.id()), l -> lane), notes);
    }

    /** Removes a lane and the notes in its row. */
    public JourneyMap withoutLane(String laneId) {
        return new JourneyMap(
                id, name, personas, stages, removed(lanes, l -> l.id().equals(laneId)), removed(notes, n -> n.laneId()
                        .equals(laneId)));
    }

    public JourneyMap withLaneMoved(String laneId, int index) {
        return new JourneyMap(id, name, personas, stages, moved(lanes, l -> l.id().equals(laneId), index), notes);
    }

    // --- notes ---

    /** Adds a note; its stage and lane must be on the map. */
    public JourneyMap withNote(Note note) {
        if (stage(note.stageId()).isEmpty() || lane(note.laneId()).isEmpty()) {
            throw new IllegalArgumentException("a note must sit in a cell of the map: " + note);
        }
        List<Note> more = new ArrayList<>(notes);
        more.add(note);
        return new JourneyMap(id, name, personas, stages, lanes, more);
    }

    public JourneyMap withNoteReplaced(Note note) {
        return new JourneyMap(
                id, name, personas, stages, lanes, replaced(notes, n -> n.id().equals(note.id()), n -> note));
    }

    public JourneyMap withoutNote(String noteId) {
        return new JourneyMap(id, name, personas, stages, lanes, removed(notes, n -> n.id().equals(noteId)));
    }

    // --- personas ---

    public JourneyMap withPersona(Persona persona) {
        return new JourneyMap(id, name, inserted(personas, personas.size(), persona), stages, lanes, notes);
    }

    public JourneyMap withPersonaReplaced(Persona persona) {
        return new JourneyMap(
                id, name, replaced(personas, p -> p.id().equals(persona.id()), p -> persona), stages, lanes, notes);
    }

    public JourneyMap withoutPersona(String personaId) {
        return new JourneyMap(id, name, removed(personas, p -> p.id().equals(personaId)), stages, lanes, notes);
    }

    private static <T> List<T> inserted(List<T> list, int index, T item) {
        if (index < 0 || index > list.size()) {
            throw new IndexOutOfBoundsException("position " + index + " of " + list.size());
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(index, item);
        return copy;
    }

    private static <T> List<T> replaced(List<T> list, Predicate<T> which, UnaryOperator<T> with) {
        boolean found = false;
        List<T> copy = new ArrayList<>(list.size());
        for (T item : list) {
            if (which.test(item)) {
                copy.add(with.apply(item));
                found = true;
            } else {
                copy.add(item);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("nothing on the map to replace");
        }
        return copy;
    }

    private static <T> List<T> removed(List<T> list, Predicate<T> which) {
        return list.stream().filter(which.negate()).toList();
    }

    private static <T> List<T> moved(List<T> list, Predicate<T> which, int index) {
        List<T> copy = new ArrayList<>(list);
        int from = -1;
        for (int i = 0; i < copy.size(); i++) {
            if (which.test(copy.get(i))) {
                from = i;
                break;
            }
        }
        if (from < 0) {
            throw new IllegalArgumentException("nothing on the map to move");
        }
        T item = copy.remove(from);
        copy.add(Math.max(0, Math.min(index, copy.size())), item);
        return copy;
    }
}
