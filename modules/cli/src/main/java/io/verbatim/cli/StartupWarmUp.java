package io.verbatim.cli;

import io.verbatim.ingest.catalog.StandardImporters;
import io.verbatim.store.Workspace;
import java.util.Set;

/**
 * Start-up work done on the second core while the main thread parses the command line: the database engine and, for
 * an import, the importers (whose header synonyms, patterns and unit tables take a while to build). Both are loaded
 * and initialised here and thrown away; the command's own calls then find their classes ready. Parsing the command
 * line and these two each took about a tenth of a second on the main thread, one after the other.
 */
final class StartupWarmUp {

    private static final Set<String> OPENING_A_WORKSPACE = Set.of("import", "score", "datasets", "presets");

    private StartupWarmUp() {}

    /** Starts the warm-up for {@code command} (the subcommand's name), if it opens a workspace. */
    static void begin(String command) {
        if (!OPENING_A_WORKSPACE.contains(command)) {
            return;
        }
        Thread thread = new Thread(() -> run(command), "verbatim-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(String command) {
        // The importers first: the import command needs them before it opens the workspace.
        if (command.equals("import")) {
            StandardImporters.all();
        }
        Workspace.warmUp();
    }
}
