package io.verbatim.store;

import io.verbatim.domain.port.CorrectionRepository;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.port.JourneyRepository;
import io.verbatim.domain.port.PresetRepository;
import io.verbatim.domain.port.SavedViewRepository;
import io.verbatim.domain.port.SettingsRepository;
import io.verbatim.domain.port.StoreException;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * An open workspace: one H2 database file ({@code workspace.mv.db}) in a directory. Close it to release the file.
 *
 * <p>Opening takes an exclusive lock (a second window or process is refused with a message, not a stack trace),
 * brings the schema up to date, and deletes imports that a crash left unfinished. See
 * docs/decisions/0004-h2-and-flyway.md for the storage decisions.
 */
public final class Workspace implements AutoCloseable {

    private final Path directory;
    private final WorkspaceLock lock;
    private final WorkspaceDatabase database;
    private final H2DatasetRepository datasets;
    private final H2PresetRepository presets;
    private final H2CorrectionRepository corrections;
    private final WorkspaceSettings settings;
    private final H2SavedViewRepository savedViews;
    private final H2JourneyRepository journeys;
    private boolean closed;

    private Workspace(Path directory, WorkspaceLock lock, WorkspaceDatabase database, H2DatasetRepository datasets) {
        this.directory = directory;
        this.lock = lock;
        this.database = database;
        this.datasets = datasets;
        this.presets = new H2PresetRepository(database);
        this.corrections = new H2CorrectionRepository(database);
        this.settings = new WorkspaceSettings(database);
        this.savedViews = new H2SavedViewRepository(database);
        this.journeys = new H2JourneyRepository(database, Clock.systemUTC());
    }

    /** Opens the workspace in {@code directory}, creating the directory and an empty workspace when absent. */
    public static Workspace open(Path directory) {
        Path dir = prepareDirectory(directory);
        WorkspaceLock lock = WorkspaceLock.acquire(dir);
        WorkspaceDatabase database = null;
        try {
            database = WorkspaceDatabase.open(dir);
            new WorkspaceMigrations(dir, database.dataSource()).migrate();
            H2DatasetRepository repository = new H2DatasetRepository(database);
            repository.sweepUnfinishedImports();
            return new Workspace(dir, lock, database, repository);
        } catch (RuntimeException e) {
            closeAfterFailedOpen(database, lock, e);
            throw e;
        }
    }

    /**
     * Gets the database engine ready without opening any workspace: loads and initialises its classes on a throwaway
     * in-memory database. A command line can run this on a second core while its main thread is still parsing the
     * arguments, so that {@link #open} finds the work done (about a tenth of a second at start-up).
     */
    public static void warmUp() {
        WorkspaceDatabase.warmUp();
    }

    public Path directory() {
        return directory;
    }

    public DatasetRepository datasets() {
        requireOpen();
        return datasets;
    }

    /** The import presets saved in this workspace. */
    public PresetRepository presets() {
        requireOpen();
        return presets;
    }

    /** The analysts' sentiment corrections kept in this workspace. */
    public CorrectionRepository corrections() {
        requireOpen();
        return corrections;
    }

    /** The workspace's settings ({@code privacy.mask_pii} and the like), kept with its data. */
    public SettingsRepository settings() {
        requireOpen();
        return settings;
    }

    /** The dashboard views the analysts saved in this workspace. */
    public SavedViewRepository savedViews() {
        requireOpen();
        return savedViews;
    }

    /** The workspace's customer-journey maps, each saved whole in one transaction (ADR 0032). */
    public JourneyRepository journeys() {
        requireOpen();
        return journeys;
    }

    /**
     * Writes a consistent copy of the workspace to a zip file while it stays open (H2 {@code BACKUP TO}). Restoring is
     * unzipping {@code workspace.mv.db} into an empty folder.
     */
    public void backup(Path zipFile) {
        requireOpen();
        Path target = zipFile.toAbsolutePath();
        database.inTransaction("back up to " + target, c -> {
            try (Statement backup = c.createStatement()) {
                // BACKUP takes no parameters; doubling quotes keeps any file name a single string literal.
                backup.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            }
            return null;
        });
        addSideFiles(target);
    }

    /**
     * Adds the files the workspace keeps beside its database (the taught sentiment models in {@code models/}) to a
     * backup, under the same relative paths, so unzipping the backup restores the whole workspace.
     */
    private void addSideFiles(Path zip) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getParent().equals(directory))
                    .filter(file -> !file.toAbsolutePath().equals(zip))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new StoreException(
                    "The backup " + zip + " was written but the files beside the database could not" + " be listed: "
                            + e.getMessage(),
                    e);
        }
        if (files.isEmpty()) {
            return;
        }
        try (FileSystem archive = FileSystems.newFileSystem(zip)) {
            for (Path file : files) {
                Path inside =
                        archive.getPath(directory.relativize(file).toString().replace('\\', '/'));
                Files.createDirectories(inside.getParent());
                Files.copy(file, inside, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException(
                    "The backup " + zip + " lacks the files beside the database (" + e.getMessage()
                            + "); check the disk and back up again",
                    e);
        }
    }

    /** Discards unfinished imports and closes the database. Closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (lock;
                database) {
            datasets.close();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The workspace at " + directory + " is closed");
        }
    }

    private static Path prepareDirectory(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (dir.toString().contains(";")) {
            // H2 reads ';' in a database URL as the start of a setting.
            throw new StoreException("A workspace folder name cannot contain ';': " + dir + "; choose another folder");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + " is a file, not a workspace folder; choose a folder (it may be empty)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Could not create the workspace folder " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }

    private static void closeAfterFailedOpen(WorkspaceDatabase database, WorkspaceLock lock, RuntimeException cause) {
        try (lock) {
            if (database != null) {
                database.close();
            }
        } catch (StoreException e) {
            cause.addSuppressed(e);
        }
    }
}
