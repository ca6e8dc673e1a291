package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.preset.Preset;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceMigrationsTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path directory;

    @Test
    void theListedScriptsAreExactlyTheMigrationsShippedOldestFirst() throws IOException, URISyntaxException {
        Path migrations = Path.of(getClass()
                .getResource("/" + WorkspaceMigrations.LOCATION.substring("classpath:".length()))
                .toURI());
        List<String> shipped;
        try (Stream<Path> files = Files.list(migrations)) {
            shipped = files.map(f -> f.getFileName().toString())
                    .filter(name -> VERSIONED.matcher(name).matches())
                    .sorted(Comparator.comparingInt(WorkspaceMigrationsTest::version))
                    .toList();
        }
        assertThat(WorkspaceMigrations.SCRIPTS)
                .as("name every new migration in WorkspaceMigrations.SCRIPTS, or workspaces never get it")
                .isEqualTo(shipped);
        assertThat(WorkspaceMigrations.LATEST_VERSION).isEqualTo(version(shipped.getLast()));
    }

    @Test
    void aNewWorkspaceHasEveryListedMigrationApplied() throws SQLException {
        try (Workspace workspace = Workspace.open(directory)) {
            assertThat(workspace.datasets().datasets()).isEmpty();
        }
        try (WorkspaceDatabase database = WorkspaceDatabase.open(directory);
                Connection connection = database.dataSource().getConnection();
                Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT \"script\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> applied = new ArrayList<>();
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
            assertThat(applied).containsExactlyElementsOf(WorkspaceMigrations.SCRIPTS);
        }
    }

    @Test
    void creatingAWorkspaceLeavesNoErrorInH2sTraceFile() {
        try (Workspace workspace = Workspace.open(directory)) {
            assertThat(workspace.datasets().datasets()).isEmpty();
        }
        try (Workspace again = Workspace.open(directory)) {
            assertThat(again.datasets().datasets()).isEmpty();
        }
        assertThat(directory.resolve(WorkspaceDatabase.FILE_NAME + ".trace.db")).doesNotExist();
    }

    private static int version(String script) {
        Matcher m = VERSIONED.matcher(script);
        if (!m.matches()) {
            throw new IllegalArgumentException(script);
        }
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aWorkspaceAtTheLatestVersionReopensWithItsSchemaHistoryUntouched() {
        try (Workspace workspace = Workspace.open(directory)) {
            assertThat(workspace.datasets().datasets()).isEmpty();
        }
        try (Workspace again = Workspace.open(directory)) {
            assertThat(again.datasets().datasets()).isEmpty();
        }
    }

    @Test
    void aVersionOneWorkspaceGainsPresetsAndKeepsItsDatasets() throws SQLException {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(directory)) {
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(database.dataSource())
                    .locations(WorkspaceMigrations.LOCATION)
                    .target("1")
                    .load()
                    .migrate();
            try (Connection connection = database.dataSource().getConnection();
                    Statement insert = connection.createStatement()) {
                insert.executeUpdate(
                        """
                        INSERT INTO dataset (name, kind, status, layout, source, imported_at)
                        VALUES ('old', 'SURVEY', 'READY', 'generic', 'old.csv', CURRENT_TIMESTAMP)""");
            }
        }

        try (Workspace workspace = Workspace.open(directory)) {
            assertThat(workspace.datasets().datasets())
                    .extracting(d -> d.name())
                    .containsExactly("old");
            assertThat(workspace.presets().presets()).isEmpty();
            workspace
                    .presets()
                    .save(new Preset(
                            "ru", DatasetKind.TICKETS, "f".repeat(64), "{}", Instant.parse("2026-01-01T00:00:00Z")));
        }
        try (Workspace again = Workspace.open(directory)) {
            assertThat(again.presets().matching("f".repeat(64)))
                    .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("ru"));
        }
    }
}
