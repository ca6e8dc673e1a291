package io.verbatim.store;

import static io.verbatim.store.StoreFixtures.emptyTables;
import static io.verbatim.store.StoreFixtures.importSurvey;
import static io.verbatim.store.StoreFixtures.tableCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void createsAMissingFolderWithOneDatabaseFile() {
        Path folder = dir.resolve("new/workspace");

        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(workspace.directory()).isEqualTo(folder.toAbsolutePath());
            assertThat(workspace.datasets().datasets()).isEmpty();
        }

        assertThat(folder.resolve("workspace.mv.db")).isRegularFile();
    }

    @Test
    void refusesASecondOpenOfTheSameFolder() {
        try (Workspace _ = Workspace.open(dir)) {

            assertThatThrownBy(() -> Workspace.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is open in another Verbatim window");
        }
    }

    @Test
    void opensAgainAfterClose() {
        Workspace.open(dir).close();

        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.datasets().datasets()).isEmpty();
        }
    }

    @Test
    void refusesAFileThatIsNotAnH2Database() throws IOException {
        Files.writeString(dir.resolve("workspace.mv.db"), "name,score\nAnna,9\n".repeat(500));

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a Verbatim workspace, or it is damaged");
    }

    @Test
    void refusesAPathThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("export.csv"), "a,b\n");

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is a file, not a workspace folder");
    }

    @Test
    void forgetsAStagingDatasetThatACrashLeftBehind() {
        Workspace.open(dir).close();
        try (WorkspaceDatabase database = WorkspaceDatabase.open(dir)) {
            database.inTransaction("fake a crash", c -> {
                try (Statement insert = c.createStatement()) {
                    insert.executeUpdate(
                            """
                            INSERT INTO dataset (id, name, kind, status, layout, source)
                            VALUES (42, 'half', 'SURVEY', 'STAGING', 'generic', 'half.csv')""");
                    insert.executeUpdate(
                            "INSERT INTO dataset_column VALUES (42, 0, 'a', 'A', 'TEXT', NULL, NULL, NULL, NULL)");
                }
                try (PreparedStatement chunk = c.prepareStatement("INSERT INTO column_chunk VALUES (42, 0, 0, 1, ?)")) {
                    chunk.setBytes(1, new ColumnChunkCodec().encode(new String[] {"x"}, 1));
                    chunk.executeUpdate();
                }
                return null;
            });
        }

        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.datasets().datasets()).isEmpty();
        }
        assertThat(tableCounts(dir)).isEqualTo(emptyTables());
    }

    @Test
    void refusesAWorkspaceSavedByANewerVersion() {
        Workspace.open(dir).close();
        try (WorkspaceDatabase database = WorkspaceDatabase.open(dir)) {
            database.inTransaction("pretend a newer version migrated", c -> {
                try (Statement insert = c.createStatement()) {
                    return insert.executeUpdate(
                            """
                            INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type",
                                "script", "checksum", "installed_by", "execution_time", "success")
                            VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'verbatim', 1, TRUE)""");
                }
            });
        }

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("saved by a newer version of Verbatim");
    }

    @Test
    void backsUpToAZipThatOpensAsTheSameWorkspace() throws IOException {
        Path zip = dir.resolve("backup.zip");
        Path workspaceDir = dir.resolve("ws");
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            importSurvey(workspace.datasets(), "wave 1", 100);
            Files.createDirectories(workspaceDir.resolve("models"));
            Files.write(workspaceDir.resolve("models").resolve("sentiment-ru.bin"), new byte[] {1, 2, 3});
            workspace.backup(zip);
        }

        Path restored = dir.resolve("restored");
        unzip(zip, restored);

        assertThat(Files.readAllBytes(restored.resolve("models").resolve("sentiment-ru.bin")))
                .containsExactly(1, 2, 3);
        try (Workspace workspace = Workspace.open(restored)) {
            Dataset dataset = workspace.datasets().dataset("wave 1").orElseThrow();
            assertThat(workspace
                            .datasets()
                            .readColumn(dataset, dataset.columns().getFirst()))
                    .hasSize(100)
                    .startsWith("R_0", "R_1");
        }
    }

    @Test
    void refusesUseAfterClose() {
        Workspace workspace = Workspace.open(dir);
        workspace.close();

        assertThatThrownBy(workspace::datasets).isInstanceOf(IllegalStateException.class);
        workspace.close();
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                // H2 names the database by its file name; the files beside it keep their paths (models/...).
                String name = entry.getName().endsWith(".mv.db")
                        ? Path.of(entry.getName()).getFileName().toString()
                        : entry.getName();
                Path file = target.resolve(name).normalize();
                assertThat(file.startsWith(target)).as(name).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    entries.transferTo(out);
                }
            }
        }
        assertThat(Files.list(target)
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .toList())
                .isEqualTo(List.of("models", "workspace.mv.db"));
    }
}
