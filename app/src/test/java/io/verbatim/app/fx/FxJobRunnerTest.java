package io.verbatim.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.job.JobCancelledException;
import io.verbatim.domain.job.JobRunner.JobCallbacks;
import io.verbatim.domain.job.JobRunner.JobHandle;
import io.verbatim.domain.job.JobRunner.JobProgress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FxJobRunnerTest {

    /** Callbacks run directly on the worker thread here; production passes Platform::runLater. */
    private final FxJobRunner runner = new FxJobRunner(Runnable::run);

    @AfterEach
    void stop() {
        runner.close();
    }

    @Test
    void runsJobsOffTheCallingThreadOnANamedDaemonThread() throws Exception {
        CompletableFuture<Thread> worker = new CompletableFuture<>();

        runner.submit(
                "probe", context -> Thread.currentThread(), callbacks(worker::complete, new CopyOnWriteArrayList<>()));

        Thread thread = worker.get(5, TimeUnit.SECONDS);
        assertThat(thread).isNotSameAs(Thread.currentThread());
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).contains("probe");
    }

    @Test
    void throttlesProgressToAFewUpdatesPerSecond() throws Exception {
        List<JobProgress> shown = new CopyOnWriteArrayList<>();
        CompletableFuture<Long> done = new CompletableFuture<>();

        runner.submit(
                "count",
                context -> {
                    for (long i = 1; i <= 200_000; i++) {
                        context.progress(i, 200_000, "rows");
                    }
                    return 200_000L;
                },
                callbacks(done::complete, shown));

        assertThat(done.get(5, TimeUnit.SECONDS)).isEqualTo(200_000L);
        assertThat(shown).hasSizeLessThan(50);
        assertThat(shown.getLast().done()).isEqualTo(200_000L);
    }

    @Test
    void cancelReachesTheJobAndEndsInOnCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        JobHandle handle = runner.submit(
                "endless",
                context -> {
                    started.countDown();
                    while (true) {
                        context.checkCancelled();
                        Thread.onSpinWait();
                    }
                },
                new JobCallbacks<Object>(p -> {}, r -> {}, cancelled::countDown, e -> {}));

        started.await(5, TimeUnit.SECONDS);
        handle.cancel();

        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void failuresArriveInOnFailureNotAsCancellations() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();

        runner.submit(
                "bad",
                context -> {
                    throw new IllegalStateException("survey.csv:3:2: not a number");
                },
                new JobCallbacks<Object>(
                        p -> {}, r -> {}, () -> failure.complete(new JobCancelledException()), failure::complete));

        assertThat(failure.get(5, TimeUnit.SECONDS)).hasMessage("survey.csv:3:2: not a number");
    }

    private static <T> JobCallbacks<T> callbacks(java.util.function.Consumer<T> onSuccess, List<JobProgress> progress) {
        return new JobCallbacks<>(progress::add, onSuccess, () -> {}, e -> {});
    }
}
