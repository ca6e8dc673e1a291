package io.verbatim.cli;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.store.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --workspace DIR} and {@code --format}, shared by every command. */
public final class WorkspaceOptions {

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "Workspace directory (default: $VERBATIM_WORKSPACE or ~/.verbatim/default).")
    private Path workspace;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    public Path directory() {
        if (workspace != null) {
            return workspace;
        }
        String fromEnvironment = System.getenv("VERBATIM_WORKSPACE");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), ".verbatim", "default");
    }

    public Workspace open() {
        return Workspace.open(directory());
    }

    public OutputFormat format() {
        return format;
    }

    public static Dataset requireDataset(Workspace workspace, String name) {
        return workspace
                .datasets()
                .dataset(name)
                .orElseThrow(() -> new UserInputException("no dataset named '" + name + "' in " + workspace.directory()
                        + "; run 'verbatim datasets' to list them"));
    }
}
