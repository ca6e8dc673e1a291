package io.verbatim.domain.job;

/** A piece of long work (import, scoring a big dataset, a report) that runs off the UI thread. */
@FunctionalInterface
public interface Job<T> {

    T run(JobContext context) throws Exception;
}
