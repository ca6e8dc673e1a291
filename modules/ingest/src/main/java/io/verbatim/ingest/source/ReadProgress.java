package io.verbatim.ingest.source;

import io.verbatim.domain.job.JobContext;

/** Progress of a pass over a table: in bytes when the source can tell (CSV), otherwise in rows of an unknown total. */
public final class ReadProgress {

    private ReadProgress() {}

    /** Reports {@code rows} read so far in {@code phase} ("Importing", "Profiling"), if anyone is watching. */
    public static void report(JobContext context, RowSource source, long rows, String phase) {
        if (!context.reportsProgress()) {
            // Formatting the line costs more than the rows between two reports take to read.
            return;
        }
        long bytes = source.bytesRead();
        String message = "%s %s: %,d rows".formatted(phase, source.file().getFileName(), rows);
        if (bytes >= 0) {
            context.progress(bytes, source.size(), message);
        } else {
            context.progress(rows, -1, message);
        }
    }
}
