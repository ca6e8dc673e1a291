package io.verbatim.domain.job;

import java.util.concurrent.atomic.AtomicBoolean;

/** Runs each job on the caller's thread; for tests and the command line. */
public final class SynchronousJobRunner implements JobRunner {

    @Override
    public <T> JobHandle submit(String title, Job<T> job, JobCallbacks<T> callbacks) {
        AtomicBoolean cancelled = new AtomicBoolean();
        JobContext context = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                callbacks.onProgress().accept(new JobProgress(done, total, message));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        try {
            T result = job.run(context);
            callbacks.onSuccess().accept(result);
        } catch (JobCancelledException e) {
            callbacks.onCancelled().run();
        } catch (Exception e) {
            callbacks.onFailure().accept(e);
        }
        return new JobHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
