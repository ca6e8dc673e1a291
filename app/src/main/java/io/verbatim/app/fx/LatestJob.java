package io.verbatim.app.fx;

import io.verbatim.domain.job.Job;
import io.verbatim.domain.job.JobRunner;
import io.verbatim.domain.job.JobRunner.JobCallbacks;
import io.verbatim.domain.job.JobRunner.JobHandle;

/**
 * A view-model's one job at a time: a new request cancels the job still running, and only the newest request's
 * progress, result and failure are delivered, so a user clicking through datasets never sees the previous dataset's
 * numbers arrive late. A cancellation is always delivered, so a busy flag set for it always clears.
 */
public final class LatestJob {

    private final JobRunner runner;
    private JobHandle running;
    private long generation;

    public LatestJob(JobRunner runner) {
        this.runner = runner;
    }

    /** Cancels the running job, if any; nothing it produces is delivered after this. */
    public void drop() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        generation++;
    }

    /** Drops the running job and starts this one. */
    public <T> void submit(String title, Job<T> job, JobCallbacks<T> callbacks) {
        drop();
        long request = generation;
        running = runner.submit(
                title,
                job,
                new JobCallbacks<T>(
                        progress -> {
                            if (request == generation) {
                                callbacks.onProgress().accept(progress);
                            }
                        },
                        result -> {
                            if (request == generation) {
                                callbacks.onSuccess().accept(result);
                            }
                        },
                        callbacks.onCancelled(),
                        error -> {
                            if (request == generation) {
                                callbacks.onFailure().accept(error);
                            }
                        }));
    }
}
