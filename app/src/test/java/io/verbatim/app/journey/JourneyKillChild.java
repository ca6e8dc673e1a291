package io.verbatim.app.journey;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.port.JourneyRepository;
import io.verbatim.store.Workspace;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The child process of {@link JourneyKillTest}: the desktop's journey path without a screen (a real H2 workspace, a
 * {@link WorkspaceSession}, the {@link JourneyViewModel} and its {@link JourneyEditor}, the shared
 * {@link JourneyAutosave} writer) driven through random edits, most of them felt-emotion changes, until it is killed.
 * Now and then the view-model is built anew on the same session, as a language switch rebuilds the tab, and the other
 * map is shown and back. It prints {@code EDIT seq millis mapId fingerprint} for each map shown (every edit, undo, redo
 * and selection) and {@code WRITTEN seq mapId} once the
 * writer's save of that edit returned; {@code STALE} when a rebuilt tab shows an older map than the one edited last.
 */
final class JourneyKillChild {

    private static final Object LOCK = new Object();
    private static final Map<JourneyMap, Long> SEQUENCE = new IdentityHashMap<>();
    private static PrintStream out;
    private static long seq;

    private JourneyKillChild() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        out = new PrintStream(new FileOutputStream(args[2], true), true, StandardCharsets.UTF_8);
        // The parent starts the next child while this one edits; it opens the workspace once told to.
        fingerprint(JourneyMap.empty("warm", "warm"));
        out.println("WARM");
        if (System.in.read() < 0) {
            return;
        }
        Workspace workspace = Workspace.open(dir);
        JourneyRepository recording = new Recording(workspace.journeys());
        WorkspaceSession session = new WorkspaceSession(
                new SynchronousJobRunner(),
                d -> new OpenedWorkspace(
                        d,
                        workspace.datasets(),
                        workspace.presets(),
                        workspace.corrections(),
                        workspace.savedViews(),
                        recording,
                        workspace));
        session.open(dir);
        JourneyAutosave autosave = new JourneyAutosave(Runnable::run);
        Messages messages = Messages.of(Language.RUSSIAN);
        JourneyViewModel viewModel = viewModel(session, autosave, messages);
        if (viewModel.maps().size() < 2) {
            viewModel.createBlank();
            viewModel.createBlank();
        }
        out.println("READY");
        while (true) {
            int roll = random.nextInt(1000);
            if (roll < 4) {
                JourneyMap before = viewModel.mapProperty().get();
                viewModel = viewModel(
                        session, autosave, Messages.of(random.nextBoolean() ? Language.ENGLISH : Language.RUSSIAN));
                viewModel.select(before.id());
                out.println(
                        before.equals(viewModel.mapProperty().get())
                                ? "REBUILT"
                                : "STALE the rebuilt tab shows an older map than the one last edited");
            } else if (roll < 8) {
                String shown = viewModel.mapProperty().get().id();
                String other = viewModel.maps().stream()
                        .filter(m -> !m.id().equals(shown))
                        .findFirst()
                        .orElseThrow()
                        .id();
                viewModel.select(other);
                edit(viewModel.editor().orElseThrow(), random);
                viewModel.select(shown);
            } else {
                edit(viewModel.editor().orElseThrow(), random);
            }
            if (random.nextInt(4) == 0) {
                Thread.sleep(random.nextInt(3));
            }
        }
    }

    private static JourneyViewModel viewModel(WorkspaceSession session, JourneyAutosave autosave, Messages messages) {
        JourneyViewModel viewModel =
                new JourneyViewModel(session, new SynchronousJobRunner(), autosave, (d, m, c) -> null, messages);
        viewModel.mapProperty().addListener(obs -> {
            JourneyMap now = viewModel.mapProperty().get();
            if (now != null) {
                synchronized (LOCK) {
                    SEQUENCE.put(now, ++seq);
                    out.println(
                            "EDIT " + seq + " " + System.currentTimeMillis() + " " + now.id() + " " + fingerprint(now));
                }
            }
        });
        return viewModel;
    }

    /** One random edit; three in four move a felt point. */
    private static void edit(JourneyEditor editor, Random random) {
        JourneyMap map = editor.map();
        List<Stage> stages = map.stages();
        int roll = random.nextInt(100);
        if (stages.size() < 3 || roll < 2) {
            editor.addStage("Этап " + random.nextInt(100));
        } else if (roll < 75) {
            Stage stage = stages.get(random.nextInt(stages.size()));
            editor.setFeltEmotion(stage.id(), Math.round((random.nextDouble() * 4 - 2) * 10) / 10.0);
        } else if (roll < 82) {
            editor.undo();
        } else if (roll < 86) {
            editor.redo();
        } else if (roll < 90 && !map.lanes().isEmpty()) {
            Stage stage = stages.get(random.nextInt(stages.size()));
            editor.addNote(stage.id(), map.lanes().getFirst().id(), "заметка " + random.nextInt(1000), NoteColour.PINK);
        } else if (roll < 94 && stages.size() > 4) {
            editor.deleteStage(stages.get(random.nextInt(stages.size())).id());
        } else {
            Stage stage = stages.get(random.nextInt(stages.size()));
            editor.renameStage(stage.id(), "Этап " + random.nextInt(100));
        }
    }

    /** The same text in any JVM for equal maps: the records' text, hashed. */
    static String fingerprint(JourneyMap map) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(map.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The workspace's journeys, telling which edit each returned save wrote. */
    private record Recording(JourneyRepository delegate) implements JourneyRepository {
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
            delegate.save(map);
            synchronized (LOCK) {
                Long written = SEQUENCE.get(map);
                out.println("WRITTEN " + (written == null ? "?" : written) + " " + map.id());
            }
        }

        @Override
        public boolean delete(String id) {
            return delegate.delete(id);
        }
    }
}
