package io.verbatim.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.score.Metric;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyEditorTest {

    private final List<JourneyMap> told = new ArrayList<>();
    private final JourneyEditor editor = new JourneyEditor(JourneyMap.empty("m", "Map"), key -> key, told::add);

    @Test
    void everyKindOfEditIsOneUndoStepAndRedoRestoresIt() {
        String onboarding = editor.addStage("Onboarding");
        String usage = editor.addStage("Usage");
        String lane = editor.addLane(LaneKind.PAIN_POINTS, "Pains");
        String other = editor.addLane(LaneKind.ACTIONS, "Actions");
        String note = editor.addNote(onboarding, lane, "Slow SMS code", NoteColour.YELLOW);
        String persona = editor.addPersona("Анна", "");
        List<JourneyMap> states = new ArrayList<>(List.of(editor.map()));
        List<Runnable> edits = List.of(
                () -> editor.renameStage(onboarding, "Регистрация"),
                () -> editor.moveStage(usage, 0),
                () -> editor.bindStage(usage, new Binding("survey", Metric.NPS, "", "stage=Usage", "comment")),
                () -> editor.setFeltEmotion(onboarding, -1.5),
                () -> editor.renameLane(lane, "Боли"),
                () -> editor.moveLane(other, 0),
                () -> editor.editNote(note, "СМС приходит через минуту"),
                () -> editor.recolourNote(note, NoteColour.PINK),
                () -> editor.moveNote(note, usage, other),
                () -> editor.renamePersona(persona, "Анна, новый клиент"),
                () -> editor.describePersona(persona, "Подключилась в марте"),
                () -> editor.renameMap("Путь клиента"),
                () -> editor.deleteNote(note),
                () -> editor.deletePersona(persona),
                () -> editor.deleteLane(lane),
                () -> editor.deleteStage(onboarding));
        for (Runnable edit : edits) {
            edit.run();
            assertThat(editor.map()).isNotEqualTo(states.getLast());
            states.add(editor.map());
        }

        for (int i = states.size() - 2; i >= 0; i--) {
            editor.undo();
            assertThat(editor.map()).isEqualTo(states.get(i));
        }
        for (int i = 1; i < states.size(); i++) {
            editor.redo();
            assertThat(editor.map()).isEqualTo(states.get(i));
        }
        assertThat(told.getLast()).isEqualTo(states.getLast());
    }

    @Test
    void undoIsLabelledWithTheEditAndANewEditClearsRedo() {
        String stage = editor.addStage("Onboarding");
        editor.renameStage(stage, "Регистрация");

        assertThat(editor.undoLabel()).contains("renameStage");
        editor.undo();
        assertThat(editor.redoLabel()).contains("renameStage");
        assertThat(editor.undoLabel()).contains("addStage");

        editor.setFeltEmotion(stage, 1.0);
        assertThat(editor.redoLabel()).isEmpty();
    }

    @Test
    void editsThatChangeNothingAreNotRecordedOrAnnounced() {
        String stage = editor.addStage("Onboarding");
        int announced = told.size();

        editor.renameStage(stage, "Onboarding");
        editor.renameStage("gone", "x");
        editor.moveNote("gone", stage, "gone");

        assertThat(told).hasSize(announced);
        assertThat(editor.undoLabel()).contains("addStage");
    }

    @Test
    void movingANoteToAnotherCellKeepsItsTextAndColour() {
        String a = editor.addStage("A");
        String b = editor.addStage("B");
        String lane = editor.addLane(LaneKind.ACTIONS, "Actions");
        String note = editor.addNote(a, lane, "Ищет тариф", NoteColour.GREEN);

        editor.moveNote(note, b, lane);

        assertThat(editor.map().notesAt(a, lane)).isEmpty();
        assertThat(editor.map().notesAt(b, lane))
                .extracting(Note::text, Note::colour)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ищет тариф", NoteColour.GREEN));
    }

    @Test
    void feltEmotionIsClampedToTheScale() {
        String stage = editor.addStage("A");

        editor.setFeltEmotion(stage, 7.0);

        assertThat(editor.map().stage(stage).map(Stage::feltEmotion)).contains(Stage.MAX_EMOTION);
    }
}
