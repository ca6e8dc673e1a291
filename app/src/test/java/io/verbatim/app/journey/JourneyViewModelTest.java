package io.verbatim.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.RealWorkspace;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.port.JourneyRepository;
import io.verbatim.domain.score.Metric;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Journey tab's view-model over a real H2 workspace: edits, undo, autosave and evidence. */
class JourneyViewModelTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private final List<JourneyMap> measured = new CopyOnWriteArrayList<>();
    private final JourneyEvidenceSource recording = (datasets, map, context) -> {
        measured.add(map);
        return JourneyEvidenceSource.Measured.of(JourneyEvidence.NONE);
    };

    @TempDir
    Path home;

    private RealWorkspace workspace;
    private JourneyAutosave autosave;

    @BeforeEach
    void open() {
        workspace = RealWorkspace.open(home);
        autosave = new JourneyAutosave(Runnable::run);
    }

    @AfterEach
    void close() {
        autosave.close();
        workspace.close();
    }

    private JourneyViewModel viewModel(JourneyEvidenceSource evidence) {
        return new JourneyViewModel(workspace.session(), new SynchronousJobRunner(), autosave, evidence, english);
    }

    private JourneyRepository journeys() {
        return workspace.session().journeys().orElseThrow();
    }

    @Test
    void aBlankMapHasTheUsualLanesAndIsSavedAndListed() throws Exception {
        JourneyViewModel viewModel = viewModel(recording);
        assertThat(viewModel.placeholderProperty().get()).startsWith("No journey maps yet");

        viewModel.createBlank();

        JourneyMap map = viewModel.mapProperty().get();
        assertThat(map.name()).isEqualTo("New journey");
        assertThat(map.lanes()).extracting(l -> l.kind()).containsExactlyElementsOf(JourneyViewModel.BLANK_LANES);
        assertThat(map.lanes().getFirst().title()).isEqualTo("Customer actions");
        assertThat(viewModel.maps()).extracting(MapEntry::name).containsExactly("New journey");
        assertThat(autosave.flush(Duration.ofSeconds(5))).isTrue();
        assertThat(journeys().find(map.id())).contains(map);
    }

    @Test
    void anEditReachesTheRepositoryWithinOneSecond() throws Exception {
        JourneyViewModel viewModel = viewModel(recording);
        viewModel.createBlank();
        JourneyEditor editor = viewModel.editor().orElseThrow();

        long start = System.nanoTime();
        String stage = editor.addStage("Onboarding");
        JourneyMap edited = viewModel.mapProperty().get();
        while (!journeys().find(edited.id()).equals(java.util.Optional.of(edited))
                && System.nanoTime() - start < Duration.ofSeconds(1).toNanos()) {
            Thread.sleep(5);
        }
        long took = System.nanoTime() - start;

        assertThat(journeys().find(edited.id()).flatMap(m -> m.stage(stage)).map(Stage::name))
                .contains("Onboarding");
        assertThat(Duration.ofNanos(took)).isLessThan(Duration.ofSeconds(1));
        assertThat(viewModel.saveStatusProperty().get()).isIn("Saved", "Saving…");
    }

    @Test
    void undoAndRedoAreLabelledAndWhatTheyRestoreIsSavedToo() throws Exception {
        JourneyViewModel viewModel = viewModel(recording);
        viewModel.createBlank();
        JourneyEditor editor = viewModel.editor().orElseThrow();
        String stage = editor.addStage("Onboarding");
        editor.renameStage(stage, "Регистрация");

        assertThat(viewModel.undoTextProperty().get()).isEqualTo("Undo rename stage");
        assertThat(viewModel.canRedoProperty().get()).isFalse();
        viewModel.undo();

        assertThat(viewModel.mapProperty().get().stage(stage).map(Stage::name)).contains("Onboarding");
        assertThat(viewModel.redoTextProperty().get()).isEqualTo("Redo rename stage");
        assertThat(viewModel.undoTextProperty().get()).isEqualTo("Undo add stage");
        assertThat(autosave.flush(Duration.ofSeconds(5))).isTrue();
        assertThat(journeys().find(viewModel.mapProperty().get().id()).flatMap(m -> m.stage(stage)))
                .map(Stage::name)
                .contains("Onboarding");

        viewModel.redo();
        assertThat(viewModel.mapProperty().get().stage(stage).map(Stage::name)).contains("Регистрация");
        assertThat(viewModel.canRedoProperty().get()).isFalse();
    }

    @Test
    void aBurstOfEditsIsCoalescedAndTheNewestMapWins() throws Exception {
        List<String> written = new CopyOnWriteArrayList<>();
        JourneyRepository counting = new CountingRepository(journeys(), written);
        JourneyMap map = JourneyMap.empty("burst", "Burst")
                .withLane(new io.verbatim.domain.journey.Lane("l", LaneKind.EMOTIONS, "E"));
        List<JourneyMap> versions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            map = map.withName("Burst " + i);
            versions.add(map);
            autosave.save(counting, map);
        }

        assertThat(autosave.flush(Duration.ofSeconds(5))).isTrue();

        assertThat(journeys().find("burst")).contains(versions.getLast());
        assertThat(written).hasSizeLessThan(300).last().isEqualTo("Burst 299");
    }

    @Test
    void deletingAMapRemovesItFromTheRepositoryAndShowsTheNext() throws Exception {
        JourneyViewModel viewModel = viewModel(recording);
        viewModel.createBlank();
        String first = viewModel.mapProperty().get().id();
        viewModel.createBlank();
        String second = viewModel.mapProperty().get().id();

        viewModel.deleteShown();

        assertThat(viewModel.mapProperty().get().id()).isEqualTo(first);
        assertThat(autosave.flush(Duration.ofSeconds(5))).isTrue();
        assertThat(journeys().find(second)).isEmpty();
        assertThat(journeys().find(first)).isPresent();
        JourneyViewModel reopened = viewModel(recording);
        assertThat(reopened.maps()).extracting(MapEntry::id).containsExactly(first);
    }

    @Test
    void evidenceIsComputedAgainWhenABindingChangesButNotForOtherEdits() {
        JourneyViewModel viewModel = viewModel(recording);
        viewModel.createBlank();
        JourneyEditor editor = viewModel.editor().orElseThrow();
        String stage = editor.addStage("Usage");
        assertThat(measured).isEmpty();

        editor.bindStage(stage, new Binding("demo", Metric.NPS, "", "stage=Usage", "comment"));
        assertThat(measured).hasSize(1);

        editor.renameStage(stage, "Пользование");
        editor.addPersona("Анна", "");
        assertThat(measured).hasSize(1);

        editor.bindStage(stage, new Binding("demo", Metric.CSAT, "", "stage=Usage", "comment"));
        assertThat(measured).hasSize(2);
        assertThat(measured.getLast().stage(stage).orElseThrow().binding().metric())
                .isEqualTo(Metric.CSAT);

        viewModel.undo();
        assertThat(measured).hasSize(3);
        assertThat(measured.getLast().stage(stage).orElseThrow().binding().metric())
                .isEqualTo(Metric.NPS);
    }

    /** The real repository, counting the writes that reach it. */
    private record CountingRepository(JourneyRepository real, List<String> written) implements JourneyRepository {
        @Override
        public List<JourneyMap> all() {
            return real.all();
        }

        @Override
        public java.util.Optional<JourneyMap> find(String id) {
            return real.find(id);
        }

        @Override
        public void save(JourneyMap map) {
            real.save(map);
            written.add(map.name());
        }

        @Override
        public boolean delete(String id) {
            return real.delete(id);
        }
    }
}
