package io.verbatim.store;

import io.verbatim.domain.journey.JourneyHistory;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.port.JourneyRepository;
import io.verbatim.store.journey.JourneyJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The process {@link JourneyAutosaveKillTest} kills. It first warms up (loads the database engine and the JSON code,
 * prints {@code WARM}) and waits for a line on its input, so the parent can start it while the previous child is still
 * editing. Then it opens the workspace, takes the stored map (or an empty one), prints {@code READY}, and forever
 * applies {@link RandomJourneyEdits} through a {@link JourneyHistory}, saving after each edit as the editor's autosave
 * does and printing {@code SAVED k millis} once the k-th save has returned (the wall clock, which the parent shares).
 */
public final class JourneyAutosaveChild {

    static final String MAP_ID = "autosaved";

    private JourneyAutosaveChild() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        warmUp();
        System.out.println("WARM");
        System.out.flush();
        if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() == null) {
            return;
        }
        try (Workspace workspace = Workspace.open(dir)) {
            JourneyRepository journeys = workspace.journeys();
            JourneyHistory history =
                    new JourneyHistory(journeys.find(MAP_ID).orElse(JourneyMap.empty(MAP_ID, "Автосохранение")));
            RandomJourneyEdits edits = new RandomJourneyEdits(seed);
            System.out.println("READY");
            System.out.flush();
            for (long k = 1; ; k++) {
                journeys.save(edits.next(history));
                System.out.println("SAVED " + k + " " + System.currentTimeMillis());
                System.out.flush();
            }
        }
    }

    /** Runs the code a save runs on throwaway data, so the kills land among saves rather than in class loading. */
    private static void warmUp() {
        Workspace.warmUp();
        JourneyHistory history = new JourneyHistory(JourneyMap.empty("warm-up", ""));
        RandomJourneyEdits edits = new RandomJourneyEdits(-1);
        for (int i = 0; i < 60; i++) {
            JourneyJson.read(JourneyJson.write(edits.next(history)));
        }
    }
}
