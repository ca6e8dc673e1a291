package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.preset.Preset;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
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
    void theLatestVersionConstantNamesTheHighestMigrationShipped() throws IOException, URISyntaxException {
        Path migrations = Path.of(getClass()
                .getResource("/" + WorkspaceMigrations.LOCATION.substring("classpath:".length()))
                .toURI());
        int highest;
        try (Stream<Path> files = Files.list(migrations)) {
            highest = files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max()
                    .orElseThrow();
        }
        assertThat(WorkspaceMigrations.LATEST_VERSION)
                .as("raise WorkspaceMigrations.LATEST_VERSION with every new migration, or workspaces skip it")
                .isEqualTo(highest);
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
