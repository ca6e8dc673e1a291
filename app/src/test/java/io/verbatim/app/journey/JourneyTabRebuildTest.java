package io.verbatim.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.port.JourneyRepository;
import io.verbatim.store.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language switch rebuilds the Journey tab, and the new view-model lists the maps from the store. A felt-emotion
 * change the autosave has not written yet must survive that: the rebuilt tab shows it, and its next edit does not save
 * the older map over it (the cause of felt changes lost after a kill although the status said "Saved").
 */
class JourneyTabRebuildTest {

    @TempDir
    Path home;

    private Workspace workspace;
    private WorkspaceSession session;
    private JourneyAutosave autosave;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean holdWrites;

    @BeforeEach
    void open() {
        workspace = Workspace.open(home);
        JourneyRepository slow = new HeldWrites(workspace.journeys());
        session = new WorkspaceSession(
                new SynchronousJobRunner(),
                d -> new OpenedWorkspace(
                        d,
                        workspace.datasets(),
                        workspace.presets(),
                        workspace.corrections(),
                        workspace.savedViews(),
                        slow,
                        workspace));
        session.open(home);
        autosave = new JourneyAutosave(Runnable::run);
    }

    @AfterEach
    void close() {
        release.countDown();
        autosave.close();
        session.close();
    }

    private JourneyViewModel tab(Language language) {
        return new JourneyViewModel(
                session,
                new SynchronousJobRunner(),
                autosave,
                (d, m, c) -> JourneyEvidenceSource.Measured.of(JourneyEvidence.NONE),
                Messages.of(language));
    }

    @Test
    void aRebuiltTabShowsAndKeepsTheFeltChangeNotYetWritten() throws Exception {
        JourneyViewModel english = tab(Language.ENGLISH);
        english.createBlank();
        JourneyEditor editor = english.editor().orElseThrow();
        String stageId = editor.addStage("Billing");
        assertThat(autosave.flush(Duration.ofSeconds(5))).isTrue();

        holdWrites = true;
        editor.setFeltEmotion(stageId, -1.5);
        JourneyMap felt = english.mapProperty().get();
        // The writer is busy with the felt change when the language switch rebuilds the tab; it finishes soon after.
        Thread.ofPlatform().daemon().start(() -> {
            sleep(300);
            release.countDown();
        });
        JourneyViewModel russian = tab(Language.RUSSIAN);

        assertThat(russian.mapProperty().get()).as("the rebuilt tab's map").isEqualTo(felt);
        russian.editor().orElseThrow().renameStage(stageId, "Оплата");
        assertThat(autosave.flush(Duration.ofSeconds(5))).isTrue();
        JourneyMap stored = workspace.journeys().find(felt.id()).orElseThrow();
        assertThat(stored.stage(stageId).map(Stage::feltEmotion)).contains(-1.5);
        assertThat(stored.stage(stageId).map(Stage::name)).contains("Оплата");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The workspace's journeys, whose saves wait for the test's release while {@code holdWrites} is set. */
    private final class HeldWrites implements JourneyRepository {
        private final JourneyRepository delegate;

        HeldWrites(JourneyRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<JourneyMap> all() {
            return delegate.all();
        }

        @Override
        public Optional<JourneyMap> find(String id) {
            return delegate.find(id);
        }

        @Override
        public void save(JourneyMap map) {
            if (holdWrites) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            delegate.save(map);
        }

        @Override
        public boolean delete(String id) {
            return delegate.delete(id);
        }
    }
}
