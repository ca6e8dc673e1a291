package io.verbatim.store;

import io.verbatim.domain.port.DatasetRepository;
import java.nio.file.Path;

/** An open workspace: one H2 database file in a directory. Close it to release the file. */
public final class Workspace implements AutoCloseable {

    /** Opens the workspace in {@code directory}, creating the directory and an empty workspace when absent. */
    public static Workspace open(Path directory) {
        throw new UnsupportedOperationException("not yet");
    }

    public Path directory() {
        throw new UnsupportedOperationException("not yet");
    }

    public DatasetRepository datasets() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {}
}
