package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.journey.JourneyHistory;
import io.verbatim.domain.journey.JourneyMap;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, acceptance 4 (the store's half): a process that autosaves a journey map after every edit is killed with
 * SIGKILL at random moments while it edits (0–300 ms after its first save returned, so that a busy machine's slow
 * start does not push the kills before the edits). Each time, the workspace opens and holds a map the child saved,
 * never a mixture: at the newest the one save in flight when it died, and never older than the last save that
 * returned more than a second before the kill (the issue's bound). H2 may lose a commit a few milliseconds old on a
 * process kill (seen once in a CI rehearsal: three saves made within 130 ms); the test counts such kills and prints
 * them. The parent rebuilds every state the child reached from the same
 * seed ({@link RandomJourneyEdits}), and each run continues from the map the previous kill left. The next child
 * starts its JVM while the current one edits, which keeps twelve kills within about half a minute.
 */
class JourneyAutosaveKillTest {

    private static final int KILLS = 12;
    private static final long MAX_DELAY_MILLIS = 300;
    private static final long GRACE_MILLIS = 1000;

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    private final List<Child> started = new ArrayList<>();

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Child child : started) {
            child.process.destroyForcibly();
            child.process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aKilledAutosaveLeavesTheLastReportedMapOrTheOneInFlight() throws Exception {
        long begun = System.nanoTime();
        Random random = new Random(20261208);
        JourneyMap stored = JourneyMap.empty(JourneyAutosaveChild.MAP_ID, "Автосохранение");
        List<String> log = new ArrayList<>();
        long totalSaves = 0;
        int inFlight = 0;
        int lostRecent = 0;
        Child next = start(1001);
        for (int kill = 1; kill <= KILLS; kill++) {
            Child child = next;
            long t0 = System.nanoTime();
            child.go();
            long t1 = System.nanoTime();
            next = kill < KILLS ? start(1001 + kill) : null;
            child.awaitFirstSave();
            long t2 = System.nanoTime();
            long delay = (long) (random.nextDouble() * MAX_DELAY_MILLIS);
            Thread.sleep(delay);
            assertThat(child.process.isAlive())
                    .as("child %d was still editing: %s", kill, child.other())
                    .isTrue();
            long killedAt = System.currentTimeMillis();
            child.process.destroyForcibly();
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<long[]> saves = child.saves();
            long reported = saves.isEmpty() ? 0 : saves.getLast()[0];
            // Every save that returned more than a second before the kill must be kept (issue 6, acceptance 4).
            long mustKeep = saves.stream()
                    .filter(save -> save[1] <= killedAt - GRACE_MILLIS)
                    .mapToLong(save -> save[0])
                    .max()
                    .orElse(0);

            List<JourneyMap> states = replay(stored, child.seed, reported + 1);
            JourneyMap found;
            try (Workspace reopened = Workspace.open(dir)) {
                found = reopened.journeys().find(JourneyAutosaveChild.MAP_ID).orElse(states.getFirst());
            }
            int at = states.lastIndexOf(found);
            assertThat(at)
                    .as(
                            "kill %d after %d ms: the stored map is a state the child saved, no older than save %d (the"
                                    + " last one returned a second before the kill) and no newer than save %d in flight",
                            kill, delay, mustKeep, reported + 1)
                    .isBetween((int) mustKeep, (int) reported + 1);
            boolean newer = at == reported + 1;
            inFlight += newer ? 1 : 0;
            lostRecent += at < reported ? 1 : 0;
            totalSaves += reported;
            log.add(kill + "@" + delay + "ms:" + reported + (newer ? "+1" : at < reported ? "-" + (reported - at) : "")
                    + " warm" + (t1 - t0) / 1_000_000 + " open" + (t2 - t1) / 1_000_000 + " check"
                    + (System.nanoTime() - t2) / 1_000_000);
            stored = found;
        }
        long millis = (System.nanoTime() - begun) / 1_000_000;
        System.out.printf(
                "journey autosave kill test: %d kills in %d ms, %d saves reported, %d kills left the in-flight save"
                        + " committed, %d lost saves younger than a second; kill@delay:saves reported %s%n",
                KILLS, millis, totalSaves, inFlight, lostRecent, log);
        assertThat(stored.notes()).as("the edits accumulated across the runs").isNotEmpty();
    }

    /** The states a child reaches from {@code start}: index k is the map after its k-th save. */
    private static List<JourneyMap> replay(JourneyMap start, long seed, long edits) {
        JourneyHistory history = new JourneyHistory(start);
        RandomJourneyEdits generator = new RandomJourneyEdits(seed);
        List<JourneyMap> states = new ArrayList<>();
        states.add(start);
        for (long k = 1; k <= edits; k++) {
            states.add(generator.next(history));
        }
        return states;
    }

    private Child start(long seed) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path output = logs.resolve("child-" + seed + ".log");
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Djava.util.logging.config.file=/dev/null",
                        "-cp",
                        classPath,
                        JourneyAutosaveChild.class.getName(),
                        dir.toString(),
                        Long.toString(seed))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        Child child = new Child(process, seed, output);
        started.add(child);
        return child;
    }

    /**
     * A child process and what it printed: WARM, READY, then SAVED k after each save returned. Its output goes to a
     * file, not a pipe, so every line it wrote before it was killed is there to read afterwards.
     */
    private static final class Child {
        final Process process;
        final long seed;
        final Path output;

        Child(Process process, long seed, Path output) {
            this.process = process;
            this.seed = seed;
            this.output = output;
        }

        /** Waits until the child has warmed up, then tells it to open the workspace and edit. */
        void go() throws IOException, InterruptedException {
            awaitLine(line -> line.equals("WARM"), "warmed up");
            OutputStream in = process.getOutputStream();
            in.write('\n');
            in.flush();
        }

        /** Waits until the child has reported its first save. */
        void awaitFirstSave() throws IOException, InterruptedException {
            awaitLine(line -> line.startsWith("SAVED "), "opened the workspace and saved");
        }

        /** The saves the child reported, in order: {number, wall-clock millis when it returned}. */
        List<long[]> saves() throws IOException {
            List<long[]> saves = new ArrayList<>();
            for (String line : lines()) {
                if (line.startsWith("SAVED ")) {
                    String[] parts = line.split(" ");
                    saves.add(new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                }
            }
            return saves;
        }

        /** What the child printed besides its protocol lines (an exception, say). */
        String other() throws IOException {
            return String.join(
                    "\n",
                    lines().stream()
                            .filter(l -> !l.equals("WARM") && !l.equals("READY") && !l.startsWith("SAVED "))
                            .toList());
        }

        private void awaitLine(Predicate<String> wanted, String what) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lines().stream().noneMatch(wanted)) {
                assertThat(process.isAlive())
                        .as("child %d %s: %s", seed, what, other())
                        .isTrue();
                assertThat(System.nanoTime())
                        .as("child %d %s in time", seed, what)
                        .isLessThan(deadline);
                Thread.sleep(2);
            }
        }

        private List<String> lines() throws IOException {
            // A line being written may be cut short; only whole lines count.
            String text = Files.readString(output, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
        }
    }
}
