package io.verbatim.domain.job;

/** What a running job may ask of its runner: report progress and learn that the user cancelled. */
public interface JobContext {

    /**
     * Reports progress; runners throttle what they show, so calling this per row is fine.
     *
     * @param done units done so far
     * @param total units in all, or -1 when unknown
     * @param message a short, human status line
     */
    void progress(long done, long total, String message);

    boolean isCancelled();

    /**
     * False when nobody watches the progress, so a job need not compose its status lines (on a fast loop that is a
     * measurable share of the work).
     */
    default boolean reportsProgress() {
        return true;
    }

    /** Throws {@link JobCancelledException} when the user cancelled; call it at safe points in loops. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new JobCancelledException();
        }
    }

    /** A context that reports nowhere and is never cancelled, for callers that need neither. */
    static JobContext none() {
        return new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                // nobody is watching
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public boolean reportsProgress() {
                return false;
            }
        };
    }
}
