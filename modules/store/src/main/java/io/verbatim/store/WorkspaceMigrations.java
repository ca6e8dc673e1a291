package io.verbatim.store;

import io.verbatim.domain.port.StoreException;
import java.nio.file.Path;
import java.util.Arrays;
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

    private final Path directory;
    private final DataSource dataSource;

    WorkspaceMigrations(Path directory, DataSource dataSource) {
        this.directory = directory;
        this.dataSource = dataSource;
    }

    void migrate() {
        try {
            Flyway flyway = Flyway.configure(WorkspaceMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
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
            throw new StoreException("The workspace at " + directory
                    + " was saved by a newer version of Verbatim; update Verbatim to open it");
        }
    }
}
