package io.verbatim.domain.job;

import java.util.function.Consumer;

/**
 * Runs jobs in the background and hands their outcome back. The desktop app has a runner that calls back on the JavaFX
 * thread; tests use {@link SynchronousJobRunner}. Free of UI types on purpose (STYLE.md rule 5).
 */
public interface JobRunner {

    /**
     * Starts a job.
     *
     * @param title what the job does, for progress displays
     * @param job the work
     * @param callbacks where its progress and outcome go
     * @return a handle to cancel it
     */
    <T> JobHandle submit(String title, Job<T> job, JobCallbacks<T> callbacks);

    /** Cancels a running job. */
    interface JobHandle {
        void cancel();

        boolean isDone();
    }

    /**
     * Where a job's progress and outcome are delivered.
     *
     * @param onProgress receives throttled progress updates
     * @param onSuccess receives the result
     * @param onCancelled runs when the job stopped because it was cancelled
     * @param onFailure receives any other failure
     */
    record JobCallbacks<T>(
            Consumer<JobProgress> onProgress,
            Consumer<T> onSuccess,
            Runnable onCancelled,
            Consumer<Throwable> onFailure) {}

    /**
     * One progress update.
     *
     * @param done units done
     * @param total units in all, or -1 when unknown
     * @param message status line
     */
    record JobProgress(long done, long total, String message) {
        /** Fraction done in 0..1, or -1 when the total is unknown. */
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        }
    }
}
