package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
}
