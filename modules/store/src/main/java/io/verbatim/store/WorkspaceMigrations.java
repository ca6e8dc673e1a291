package io.verbatim.store;

import io.verbatim.domain.port.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings a workspace's schema up to date with Flyway, run from code at every open (the Flyway Maven plugin is not
 * usable here, and users never run a migration tool).
 *
 * <p>The location is package-qualified rather than {@code db/migration} because the command-line jar also carries the
 * sync server, whose migrations must never be applied to a workspace. {@code clean} stays disabled: nothing in the
 * desktop application may wipe a workspace.
 */
final class WorkspaceMigrations {

    static final String LOCATION = "classpath:io/verbatim/store/migration";

    /**
     * Every script in {@link #LOCATION}, oldest first. Flyway is handed this list instead of scanning the class path
     * ({@link ListedMigrations}); {@code WorkspaceMigrationsTest} fails when a script is added without naming it here.
     */
    static final List<String> SCRIPTS = List.of(
            "V1__create_workspace.sql",
            "V2__import_presets.sql",
            "V3__derived_columns.sql",
            "V4__sentiment_corrections.sql",
            "V5__workspace_settings.sql",
            "V6__journey_maps.sql",
            "V7__saved_views.sql");

    /** The version of the newest script. A workspace already at it opens without starting Flyway at all. */
    static final int LATEST_VERSION = versionOf(SCRIPTS.getLast());

    private final Path directory;
    private final DataSource dataSource;

    WorkspaceMigrations(Path directory, DataSource dataSource) {
        this.directory = directory;
        this.dataSource = dataSource;
    }

    void migrate() {
        OptionalInt applied = appliedVersion();
        if (applied.isPresent() && applied.getAsInt() > LATEST_VERSION) {
            throw newerWorkspace();
        }
        if (applied.isPresent() && applied.getAsInt() == LATEST_VERSION) {
            return;
        }
        try {
            Flyway flyway = Flyway.configure(WorkspaceMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .resourceProvider(new ListedMigrations(
                            LOCATION.substring("classpath:".length()),
                            SCRIPTS,
                            WorkspaceMigrations.class.getClassLoader()))
                    .javaMigrationClassProvider(List::of)
                    .skipDefaultCallbacks(true)
                    .cleanDisabled(true)
                    .load();
            refuseNewerWorkspace(flyway);
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException(
                    "Could not prepare the workspace at " + directory + " (it may not be a Verbatim workspace): "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * Flyway would quietly ignore migrations it does not know; an older Verbatim writing into a newer schema could
     * damage it, so we stop and say what to do.
     */
    private void refuseNewerWorkspace(Flyway flyway) {
        boolean newer = Arrays.stream(flyway.info().applied())
                .map(MigrationInfo::getState)
                .anyMatch(state -> state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw newerWorkspace();
        }
    }

    private static int versionOf(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    private StoreException newerWorkspace() {
        return new StoreException("The workspace at " + directory
                + " was saved by a newer version of Verbatim; update Verbatim to open it");
    }

    /**
     * The schema version every applied migration reached, or empty when Flyway must look: a new workspace (no history
     * table yet), a failed migration, or a version that is not a plain number.
     */
    private OptionalInt appliedVersion() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            if (!hasHistory(statement)) {
                // A new workspace: asking the missing table would leave an error in H2's trace file.
                return OptionalInt.empty();
            }
            return highestApplied(statement);
        } catch (SQLException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static boolean hasHistory(Statement statement) throws SQLException {
        try (ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'flyway_schema_history'")) {
            return tables.next() && tables.getInt(1) > 0;
        }
    }

    private static OptionalInt highestApplied(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            int highest = 0;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return OptionalInt.empty();
                }
                highest = Math.max(highest, Integer.parseInt(rows.getString(1)));
            }
            return highest == 0 ? OptionalInt.empty() : OptionalInt.of(highest);
        }
    }
}
