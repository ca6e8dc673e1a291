package io.verbatim.ingest.survey;

import io.verbatim.domain.job.JobContext;
import io.verbatim.ingest.survey.profile.ColumnProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The first of the two passes over a file: profiles every column over the responses that will be loaded, so types and
 * questions are decided on all the data before the first row is written.
 */
final class ProfilePass {

    private final List<ColumnProfile> profiles = new ArrayList<>();
    private long responses;
    private long excluded;

    /**
     * @param limit stop after this many responses (a preview), or Long.MAX_VALUE for all
     */
    static ProfilePass run(
            SurveyFile survey, boolean includeExcluded, long limit, JobContext context, RowListener listener) {
        ProfilePass pass = new ProfilePass();
        for (int i = 0; i < survey.columns().size(); i++) {
            pass.profiles.add(new ColumnProfile());
        }
        survey.readResponses((line, cells, excludedRow) -> {
            if (excludedRow) {
                pass.excluded++;
            }
            if (!excludedRow || includeExcluded) {
                for (int i = 0; i < cells.length; i++) {
                    pass.profiles.get(i).accept(cells[i]);
                }
                listener.row(cells);
            }
            pass.responses++;
            if (pass.responses % SurveyImporter.PROGRESS_EVERY == 0) {
                context.checkCancelled();
                Progress.report(context, survey, pass.responses, "Profiling");
            }
            return pass.responses < limit;
        });
        return pass;
    }

    List<ColumnProfile> profiles() {
        return profiles;
    }

    long excluded() {
        return excluded;
    }

    /** Sees each kept response during the pass; the preview keeps the first few. */
    @FunctionalInterface
    interface RowListener {
        RowListener NONE = cells -> {};

        void row(String[] cells);
    }
}
