package io.verbatim.store;

import io.verbatim.domain.port.DatasetImport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A second process for {@link WorkspaceCrashTest}: holds a workspace open (as Verbatim, mid-import) or holds its file
 * open the way another program would, prints {@code READY}, and waits to be killed or for its input to end.
 */
public final class WorkspaceHolder {

    private WorkspaceHolder() {}

    public static void main(String[] args) throws IOException, SQLException {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "importing" -> holdMidImport(dir);
            case "raw-h2" -> holdTheFile(dir);
            default -> throw new IllegalArgumentException("mode importing|raw-h2, got " + args[0]);
        }
    }

    private static void holdMidImport(Path dir) throws IOException {
        try (Workspace workspace = Workspace.open(dir);
                DatasetImport running = workspace.datasets().beginImport(StoreFixtures.surveyDraft("half"))) {
            String[] cells = new String[4];
            // More than one chunk, so some rows are already committed to the file when the process dies.
            for (int i = 0; i < ChunkedColumnWriter.DEFAULT_CHUNK_ROWS + 100; i++) {
                StoreFixtures.surveyRow(i, cells);
                running.append(cells);
            }
            waitForParent();
        }
    }

    private static void holdTheFile(Path dir) throws IOException, SQLException {
        String url = "jdbc:h2:file:" + dir.resolve(WorkspaceDatabase.FILE_NAME).toAbsolutePath();
        try (Connection _ = DriverManager.getConnection(url, "verbatim", "")) {
            waitForParent();
        }
    }

    private static void waitForParent() throws IOException {
        System.out.println("READY");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
