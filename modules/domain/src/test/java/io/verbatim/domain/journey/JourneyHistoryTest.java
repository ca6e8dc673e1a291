package io.verbatim.domain.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyHistoryTest {

    private static JourneyMap threeStages() {
        return JourneyMap.empty("m", "Покупка")
                .withStage(new Stage("s1", "Поиск", null, null))
                .withStage(new Stage("s2", "Заказ", null, null))
                .withStage(new Stage("s3", "Доставка", null, null))
                .withLane(new Lane("l1", LaneKind.PAIN_POINTS, "Боли"));
    }

    @Test
    void movingAStageKeepsItsIdAndNotes() {
        JourneyMap map = threeStages().withNote(new Note("n1", "s3", "l1", "Курьер опоздал", NoteColour.PINK));
        JourneyMap moved = map.withStageMoved("s3", 0);
        assertEquals(
                List.of("s3", "s1", "s2"),
                moved.stages().stream().map(Stage::id).toList());
        assertEquals("Курьер опоздал", moved.notesAt("s3", "l1").get(0).text());
    }

    @Test
    void removingAStageRemovesTheNotesInItsColumn() {
        JourneyMap map = threeStages().withNote(new Note("n1", "s2", "l1", "x", null));
        assertTrue(map.withoutStage("s2").notes().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> map.withNote(new Note("n2", "s9", "l1", "y", null)));
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughEdits() {
        JourneyHistory history = new JourneyHistory(threeStages());
        JourneyMap start = history.current();
        history.apply(
                "Rename", m -> m.withStageReplaced(m.stage("s1").orElseThrow().withName("Выбор")));
        history.apply("Move", m -> m.withStageMoved("s1", 2));
        JourneyMap last = history.current();

        assertEquals("Move", history.undoLabel().orElseThrow());
        history.undo();
        assertEquals("Выбор", history.current().stages().get(0).name());
        history.undo();
        assertEquals(start, history.current());
        assertFalse(history.canUndo());
        history.redo();
        history.redo();
        assertEquals(last, history.current());
        assertFalse(history.canRedo());
    }

    @Test
    void anEditAfterUndoDropsTheRedoStackAndANoOpIsNotRecorded() {
        JourneyHistory history = new JourneyHistory(threeStages());
        history.apply("Move", m -> m.withStageMoved("s2", 0));
        history.undo();
        history.apply("Same", m -> m);
        assertTrue(history.canRedo(), "a no-op edit must not clear redo");
        history.apply("Rename map", m -> m.withName("Другая"));
        assertFalse(history.canRedo());
        assertEquals(1, countUndo(history));
    }

    @Test
    void aFeltEmotionStaysInItsRange() {
        assertThrows(IllegalArgumentException.class, () -> new Stage("s", "x", null, 3.0));
        assertEquals(-2.0, new Stage("s", "x", null, -2.0).feltEmotionIfAny().getAsDouble());
    }

    private static int countUndo(JourneyHistory history) {
        int n = 0;
        while (history.canUndo()) {
            history.undo();
            n++;
        }
        return n;
    }
}
