package io.verbatim.app.testing;

import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.store.Workspace;
import java.nio.file.Path;

/** A desktop session over a real H2 workspace file, for view-model tests that store what they do. */
public final class RealWorkspace implements AutoCloseable {

    private final Workspace workspace;
    private final WorkspaceSession session;

    private RealWorkspace(Workspace workspace, WorkspaceSession session) {
        this.workspace = workspace;
        this.session = session;
    }

    /** Opens (or creates) the workspace in {@code home} and a session on it that runs jobs synchronously. */
    public static RealWorkspace open(Path home) {
        Workspace workspace = Workspace.open(home);
        WorkspaceSession session = new WorkspaceSession(
                new SynchronousJobRunner(),
                d -> new OpenedWorkspace(
                        d,
                        workspace.datasets(),
                        workspace.presets(),
                        workspace.corrections(),
                        workspace.savedViews(),
                        workspace.journeys(),
                        workspace));
        session.open(home);
        return new RealWorkspace(workspace, session);
    }

    public Workspace workspace() {
        return workspace;
    }

    public WorkspaceSession session() {
        return session;
    }

    @Override
    public void close() {
        session.close();
    }
}
