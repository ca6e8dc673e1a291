package io.verbatim.store;

import static io.verbatim.store.StoreFixtures.emptyTables;
import static io.verbatim.store.StoreFixtures.tableCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.port.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens when another process holds the workspace, or dies in the middle of an import. */
class WorkspaceCrashTest {

    @TempDir
    Path dir;

    private Process holder;

    @AfterEach
    void stopHolder() throws InterruptedException {
        if (holder != null && holder.isAlive()) {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void refusesAWorkspaceThatAnotherVerbatimProcessHasOpen() throws Exception {
        Workspace.open(dir).close();
        holder = startHolder("importing");

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is open in another Verbatim window");
    }

    @Test
    void refusesAWorkspaceFileThatAnotherProgramHasOpen() throws Exception {
        Workspace.open(dir).close();
        holder = startHolder("raw-h2");

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is open in another Verbatim window (or another program)");
    }

    @Test
    void forgetsAnImportWhoseProcessWasKilled() throws Exception {
        Workspace.open(dir).close();
        holder = startHolder("importing");

        holder.destroyForcibly();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.datasets().datasets()).isEmpty();
        }
        assertThat(tableCounts(dir)).isEqualTo(emptyTables());
    }

    private Process startHolder(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(
                        java, "-cp", classPath, WorkspaceHolder.class.getName(), mode, dir.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals("READY")) {
                return process;
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("The holder process ended before it was ready:\n" + seen);
    }
}
