package io.verbatim.app.workspace;

import io.verbatim.domain.port.DatasetRepository;
import java.nio.file.Path;

/**
 * An open workspace as the desktop sees it: where it is, its datasets, and how to release it.
 *
 * @param directory the workspace directory
 * @param datasets its datasets
 * @param closer releases the database file
 */
public record OpenedWorkspace(Path directory, DatasetRepository datasets, AutoCloseable closer) {

    /** How a directory becomes an open workspace; the store in production, an in-memory double in tests. */
    @FunctionalInterface
    public interface Opener {
        OpenedWorkspace open(Path directory) throws Exception;
    }
}
