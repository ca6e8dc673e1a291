package io.verbatim.app.fx;

import io.verbatim.domain.job.Job;
import io.verbatim.domain.job.JobCancelledException;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.job.JobRunner;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Runs jobs on named daemon threads and delivers progress and outcome on the UI thread. Progress is throttled to about
 * ten updates a second: an importer may report every row, and queueing a million runLater calls would freeze the very
 * thread we are protecting. Cancel is cooperative (a flag the job polls): interrupting a thread inside H2 can close
 * the database file.
 */
public final class FxJobRunner implements JobRunner, AutoCloseable {

    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final ExecutorService workers;
    private final Executor uiThread;

    /** A runner that calls back through {@link Platform#runLater}. */
    public FxJobRunner() {
        this(Platform::runLater);
    }

    /** A runner with another callback executor; tests pass a direct one. */
    public FxJobRunner(Executor uiThread) {
        this.uiThread = uiThread;
        this.workers = Executors.newCachedThreadPool(new NamedDaemonThreads());
    }

    @Override
    public <T> JobHandle submit(String title, Job<T> job, JobCallbacks<T> callbacks) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        ThrottledContext context = new ThrottledContext(cancelled, callbacks);
        workers.execute(() -> {
            Thread.currentThread().setName("verbatim-job: " + title);
            try {
                T result = job.run(context);
                uiThread.execute(() -> callbacks.onSuccess().accept(result));
            } catch (JobCancelledException e) {
                uiThread.execute(callbacks.onCancelled());
            } catch (Exception | LinkageError e) {
                uiThread.execute(() -> callbacks.onFailure().accept(e));
            } finally {
                done.set(true);
            }
        });
        return new JobHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isDone() {
                return done.get();
            }
        };
    }

    /** Stops accepting jobs; running ones finish on their daemon threads or die with the JVM. */
    @Override
    public void close() {
        workers.shutdown();
    }

    private final class ThrottledContext implements JobContext {
        private final AtomicBoolean cancelled;
        private final JobCallbacks<?> callbacks;
        private final AtomicLong lastShown = new AtomicLong(System.nanoTime() - PROGRESS_INTERVAL_NANOS);

        ThrottledContext(AtomicBoolean cancelled, JobCallbacks<?> callbacks) {
            this.cancelled = cancelled;
            this.callbacks = callbacks;
        }

        @Override
        public void progress(long done, long total, String message) {
            long now = System.nanoTime();
            long last = lastShown.get();
            boolean finished = total > 0 && done >= total;
            if ((now - last >= PROGRESS_INTERVAL_NANOS || finished) && lastShown.compareAndSet(last, now)) {
                JobProgress update = new JobProgress(done, total, message);
                uiThread.execute(() -> callbacks.onProgress().accept(update));
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    /** Threads named after their job (visible in thread dumps) that never keep the JVM alive. */
    private static final class NamedDaemonThreads implements ThreadFactory {
        private final AtomicInteger counter = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "verbatim-job-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> System.err.println(t.getName() + " died: " + e));
            return thread;
        }
    }
}
