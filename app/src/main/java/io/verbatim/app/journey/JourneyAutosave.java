package io.verbatim.app.journey;

import io.verbatim.app.workspace.UserFacingError;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.port.JourneyRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Saves journey maps off the JavaFX thread, one writer thread for the whole window. Each edit hands over the whole new
 * map; a map not yet written is simply replaced by a newer one of the same id, so a burst of edits (dragging the felt
 * curve) costs one write and the newest map always wins. The writer starts as soon as something is pending, so the
 * store lags the screen by one write (milliseconds): a killed app loses at most the edit being written. Deleting a map
 * goes through the same queue, so a late save can never bring a deleted map back.
 */
public final class JourneyAutosave implements AutoCloseable {

    private final Executor uiThread;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Thread writer;
    private boolean writing;
    private boolean closed;

    /** @param uiThread where the state property changes ({@code Platform::runLater}; tests pass a direct one) */
    public JourneyAutosave(Executor uiThread) {
        this.uiThread = uiThread;
        this.writer = new Thread(this::writeForever, "verbatim-journey-autosave");
        writer.setDaemon(true);
        writer.start();
    }

    /** Saved, saving, or failed; changes on the UI thread. */
    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Queues the map for writing, replacing any older version of it not yet written. */
    public void save(JourneyRepository repository, JourneyMap map) {
        enqueue(map.id(), new Pending(repository, r -> r.save(map)));
    }

    /** Queues the deletion of a map, dropping any save of it not yet written. */
    public void delete(JourneyRepository repository, String mapId) {
        enqueue(mapId, new Pending(repository, r -> r.delete(mapId)));
    }

    /** Waits until everything queued so far is written, or the time is up; true when all was written. */
    public synchronized boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty() || writing) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Writes what is queued (waiting up to two seconds), then stops the writer. */
    @Override
    public void close() {
        try {
            flush(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            closed = true;
            notifyAll();
        }
    }

    private synchronized void enqueue(String mapId, Pending write) {
        if (closed) {
            throw new IllegalStateException("the autosave writer is closed");
        }
        pending.remove(mapId);
        pending.put(mapId, write);
        publish(SaveState.SAVING);
        notifyAll();
    }

    private void writeForever() {
        while (true) {
            List<Pending> batch;
            synchronized (this) {
                while (pending.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                batch = new ArrayList<>(pending.values());
                pending.clear();
                writing = true;
            }
            SaveState outcome = write(batch);
            synchronized (this) {
                writing = false;
                if (pending.isEmpty()) {
                    publish(outcome);
                }
                notifyAll();
            }
        }
    }

    private static SaveState write(List<Pending> batch) {
        SaveState outcome = SaveState.SAVED;
        for (Pending write : batch) {
            try {
                write.action().accept(write.repository());
            } catch (RuntimeException e) {
                outcome = SaveState.failed(UserFacingError.describe(e));
            }
        }
        return outcome;
    }

    private void publish(SaveState next) {
        uiThread.execute(() -> state.set(next));
    }

    private record Pending(JourneyRepository repository, Consumer<JourneyRepository> action) {}
}
