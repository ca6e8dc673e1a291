package io.verbatim.store;

import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyHistory;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.score.Metric;
import java.util.List;
import java.util.Random;

/**
 * A reproducible stream of journey-map edits applied through {@link JourneyHistory}: the same seed from the same map
 * gives the same maps, so the parent of a killed process can rebuild every state its child reached. Edits cover every
 * kind an editor makes (add, rename, move, bind, colour, delete, undo, redo).
 */
final class RandomJourneyEdits {

    private final Random random;
    private final String idPrefix;
    private int made;

    RandomJourneyEdits(long seed) {
        this.random = new Random(seed);
        this.idPrefix = "e" + Long.toHexString(seed) + "-";
    }

    /** Applies the next edit; returns the new current map (equal to the old one when the edit changed nothing). */
    JourneyMap next(JourneyHistory history) {
        made++;
        JourneyMap map = history.current();
        int roll = random.nextInt(100);
        if (roll < 6 && history.canUndo()) {
            return history.undo();
        }
        if (roll < 9 && history.canRedo()) {
            return history.redo();
        }
        if (map.stages().isEmpty() || roll < 14) {
            return history.apply(
                    "Add stage",
                    m -> m.withStageAt(
                            random.nextInt(m.stages().size() + 1), new Stage(newId(), "Этап " + made, null, null)));
        }
        if (map.lanes().isEmpty() || roll < 18) {
            LaneKind kind = LaneKind.values()[random.nextInt(LaneKind.values().length)];
            return history.apply("Add lane", m -> m.withLane(new Lane(newId(), kind, "Дорожка " + made)));
        }
        Stage stage = pick(map.stages());
        Lane lane = pick(map.lanes());
        if (roll < 55 || map.notes().isEmpty()) {
            NoteColour colour = NoteColour.values()[random.nextInt(NoteColour.values().length)];
            String text = "Заметка " + made + " — " + "долго ждали ответа ".repeat(random.nextInt(4));
            return history.apply("Add note", m -> m.withNote(new Note(newId(), stage.id(), lane.id(), text, colour)));
        }
        Note note = pick(map.notes());
        return switch (roll / 5) {
            case 11 -> history.apply("Edit note", m -> m.withNoteReplaced(note.withText(note.text() + " +" + made)));
            case 12 -> history.apply("Move note", m -> m.withNoteReplaced(note.movedTo(stage.id(), lane.id())));
            case 13 -> history.apply("Rename stage", m -> m.withStageReplaced(stage.withName("Этап «" + made + "»")));
            case 14 ->
                history.apply(
                        "Move stage",
                        m -> m.withStageMoved(
                                stage.id(), random.nextInt(m.stages().size())));
            case 15 ->
                history.apply(
                        "Felt emotion",
                        m -> m.withStageReplaced(stage.withFeltEmotion((random.nextInt(17) - 8) / 4.0)));
            case 16 ->
                history.apply(
                        "Bind stage",
                        m -> m.withStageReplaced(
                                stage.withBinding(new Binding("survey", Metric.NPS, "", "stage=" + made, "comment"))));
            case 17 -> history.apply("Delete note", m -> m.withoutNote(note.id()));
            case 18 -> history.apply("Rename map", m -> m.withName("Карта " + made));
            default ->
                map.stages().size() > 3 && random.nextBoolean()
                        ? history.apply("Delete stage", m -> m.withoutStage(stage.id()))
                        : history.apply("Colour note", m -> m.withNoteReplaced(note.withColour(NoteColour.PINK)));
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String newId() {
        return idPrefix + made;
    }
}
