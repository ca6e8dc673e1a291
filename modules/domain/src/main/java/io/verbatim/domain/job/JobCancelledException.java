package io.verbatim.domain.job;

/** Thrown inside a job when the user cancelled it; runners treat it as a clean stop, not an error. */
public class JobCancelledException extends RuntimeException {

    public JobCancelledException() {
        super("Cancelled");
    }
}
