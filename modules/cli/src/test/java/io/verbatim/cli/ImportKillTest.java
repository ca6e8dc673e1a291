package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, acceptance 4: an import process killed (SIGKILL) at 20 random points, from JVM start to the final commit,
 * leaves a workspace that opens every time with no partial dataset, and the datasets imported before stay intact.
 */
class ImportKillTest {

    private static final int ROWS = 200_000;
    private static final int KILLS = 20;
    private static final long PROCESS_TIMEOUT_SECONDS = 120;

    @TempDir
    Path scratch;

    private Process running;

    @AfterEach
    void stopStrayProcess() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroyForcibly();
            running.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killingAnImportAtAnyPointNeverLeavesAPartialDataset() throws Exception {
        Path csv = SurveyCsv.write(scratch.resolve("survey.csv"), ROWS, 7);
        Path workspace = scratch.resolve("workspace");

        importToTheEnd(csv, workspace, "base");
        // The kill points follow a second, warm import: the first pays for a cold disk cache and class loading, and
        // on a busy machine it took twice as long as the imports being killed, so most kills came after the end.
        long started = System.nanoTime();
        importToTheEnd(csv, workspace, "warm");
        // A quarter beyond it, so the last kills still reach the commit of an import that runs a little slower.
        long fullImportMillis = (System.nanoTime() - started) / 1_000_000 * 5 / 4;
        Map<String, String> snapshot = WorkspaceSnapshot.of(workspace);
        String baseRows = snapshot.get("base");
        assertThat(baseRows).startsWith("rows=" + ROWS + " ");
        assertThat(snapshot.get("warm")).isEqualTo(baseRows);

        Map<String, Long> expected = new LinkedHashMap<>(Map.of("base", (long) ROWS, "warm", (long) ROWS));
        Random random = new Random(20261123);
        List<String> log = new ArrayList<>();
        int interrupted = 0;
        for (int n = 1; n <= KILLS; n++) {
            // one kill point per twentieth of a full import's wall time (JVM start included)
            long delay = Math.round(fullImportMillis * (n - 1 + random.nextDouble()) / KILLS);
            String name = "run-" + n;
            running = start(csv, workspace, name);
            boolean exitedByItself = running.waitFor(delay, TimeUnit.MILLISECONDS);
            running.destroyForcibly();
            assertThat(running.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                    .isTrue();

            Map<String, Long> listed = datasetsIn(workspace);
            if (listed.containsKey(name)) {
                assertThat(listed.get(name))
                        .as(name + " is visible, so it must be whole")
                        .isEqualTo(ROWS);
                expected.put(name, (long) ROWS);
            } else {
                interrupted++;
            }
            assertThat(listed)
                    .as("after killing " + name + " at " + delay + " ms")
                    .isEqualTo(expected);
            log.add(name + "@" + delay + "ms" + (exitedByItself ? "(done)" : "") + "=" + listed.containsKey(name));
        }

        importToTheEnd(csv, workspace, "final");
        expected.put("final", (long) ROWS);
        Map<String, String> after = WorkspaceSnapshot.of(workspace);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(after.values())
                .as("every dataset is the same file, cell for cell")
                .containsOnly(baseRows);
        assertThat(interrupted).as("most kills land inside the import: " + log).isGreaterThanOrEqualTo(KILLS / 2);
        System.out.printf(
                "full import %d ms; %d of %d kills interrupted an import; %s%n",
                fullImportMillis, interrupted, KILLS, log);
    }

    private static Map<String, Long> datasetsIn(Path workspace) {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Workspace opened = Workspace.open(workspace)) {
            for (Dataset dataset : opened.datasets().datasets()) {
                rows.put(dataset.name(), dataset.rows());
            }
        }
        return rows;
    }

    private void importToTheEnd(Path csv, Path workspace, String name) throws IOException, InterruptedException {
        running = start(csv, workspace, name);
        boolean exited = running.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThat(exited).as("import of " + name + " ended within the timeout").isTrue();
        assertThat(running.exitValue()).as("import of " + name + " succeeded").isZero();
    }

    private Process start(Path csv, Path workspace, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path output = scratch.resolve(name + ".log");
        return new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        classPath,
                        VerbatimCli.class.getName(),
                        "import",
                        csv.toString(),
                        "--workspace",
                        workspace.toString(),
                        "--dataset",
                        name)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }
}
