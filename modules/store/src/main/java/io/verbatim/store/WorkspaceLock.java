package io.verbatim.store;

import io.verbatim.domain.port.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes a workspace single-user across windows and processes.
 *
 * <p>H2's own file lock stops a second process, but inside one JVM H2 hands a second opener the same database, and two
 * windows would then sweep each other's imports as "leftover". An OS lock on a side file refuses both cases with the
 * same message, before H2 is touched. The file is left in place on close: deleting lock files races with the next
 * opener.
 */
final class WorkspaceLock implements AutoCloseable {

    static final String FILE_NAME = "workspace.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path directory) {
        FileChannel channel = null;
        try {
            channel =
                    FileChannel.open(directory.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyOpen(directory);
            }
            return new WorkspaceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw alreadyOpen(directory);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Could not lock the workspace at " + directory + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    static StoreException alreadyOpen(Path directory) {
        return new StoreException(
                "The workspace at " + directory + " is open in another Verbatim window; close it there first");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was written through it; the OS frees the lock when the process ends.
        }
    }
}
