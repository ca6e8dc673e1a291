package io.verbatim.app.testing;

import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.port.DatasetRepository;
import java.nio.file.Path;

/** A session over an in-memory repository, opened synchronously. */
public final class TestWiring {

    private TestWiring() {}

    public static WorkspaceSession openSession(DatasetRepository repository) {
        WorkspaceSession session =
                new WorkspaceSession(new SynchronousJobRunner(), dir -> new OpenedWorkspace(dir, repository, () -> {}));
        session.open(Path.of("/tmp/in-memory"));
        return session;
    }
}
