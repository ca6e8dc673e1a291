package io.verbatim.cli.journey;

import io.verbatim.cli.WorkspaceOptions;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.store.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim journey delete MAP}: removes a journey map from the workspace. */
@Command(name = "delete", description = "Delete a journey map.")
public final class JourneyDeleteCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAP", description = "The map's id or name.")
    private String map;

    @Override
    public Integer call() {
        JourneyMap deleted;
        try (Workspace workspace = options.open()) {
            deleted = StoredMaps.require(workspace, map);
            workspace.journeys().delete(deleted.id());
        }
        spec.commandLine().getOut().println("Deleted journey map '" + deleted.name() + "' (" + deleted.id() + ")");
        return 0;
    }
}
