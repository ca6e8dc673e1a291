package io.verbatim.ingest.survey;

import io.verbatim.domain.job.JobContext;
import io.verbatim.ingest.source.ReadProgress;
import io.verbatim.ingest.survey.profile.ColumnProfile;
import io.verbatim.ingest.survey.profile.DatePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Profiles every column over the responses that will be loaded, so types and questions are decided on all the data.
 * The import feeds it the rows it stores, in the same pass ({@link #accept}); a preview runs it over the first rows
 * ({@link #run}).
 */
final class ProfilePass {

    private final List<ColumnProfile> profiles = new ArrayList<>();
    private final boolean includeExcluded;
    private long responses;
    private long excluded;

    /** @param dateShapes the date shapes a column may take, as the mapping's date order allows */
    ProfilePass(int columns, boolean includeExcluded, Set<DatePattern> dateShapes) {
        this.includeExcluded = includeExcluded;
        for (int i = 0; i < columns; i++) {
            profiles.add(new ColumnProfile(dateShapes));
        }
    }

    /**
     * Reads responses until {@code limit} and profiles them, writing nothing.
     *
     * @param limit stop after this many responses (a preview), or Long.MAX_VALUE for all
     */
    static ProfilePass run(
            SurveyFile survey,
            boolean includeExcluded,
            Set<DatePattern> dateShapes,
            long limit,
            JobContext context,
            RowListener listener) {
        ProfilePass pass = new ProfilePass(survey.columns().size(), includeExcluded, dateShapes);
        survey.readResponses((line, cells, excludedRow) -> {
            if (pass.accept(cells, excludedRow)) {
                listener.row(cells);
            }
            if (pass.responses % SurveyImporter.PROGRESS_EVERY == 0) {
                context.checkCancelled();
                ReadProgress.report(context, survey.source(), pass.responses, "Profiling");
            }
            return pass.responses < limit;
        });
        return pass;
    }

    /**
     * Counts one response and profiles it when it is kept.
     *
     * @return true when the response is kept (not excluded, or excluded ones are wanted)
     */
    boolean accept(String[] cells, boolean excludedRow) {
        responses++;
        if (excludedRow) {
            excluded++;
            if (!includeExcluded) {
                return false;
            }
        }
        for (int i = 0; i < cells.length; i++) {
            profiles.get(i).accept(cells[i]);
        }
        return true;
    }

    List<ColumnProfile> profiles() {
        return profiles;
    }

    long responses() {
        return responses;
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
