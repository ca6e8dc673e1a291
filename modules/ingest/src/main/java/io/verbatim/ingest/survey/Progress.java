package io.verbatim.ingest.survey;

import io.verbatim.domain.job.JobContext;

/** Progress in bytes when the source can tell (CSV), otherwise in rows with an unknown total (XLSX). */
final class Progress {

    private Progress() {}

    static void report(JobContext context, SurveyFile survey, long rows, String phase) {
        long bytes = survey.source().bytesRead();
        String message =
                "%s %s: %,d rows".formatted(phase, survey.source().file().getFileName(), rows);
        if (bytes >= 0) {
            context.progress(bytes, survey.source().size(), message);
        } else {
            context.progress(rows, -1, message);
        }
    }
}
