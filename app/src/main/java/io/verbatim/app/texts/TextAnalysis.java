package io.verbatim.app.texts;

import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.JobContext;
import io.verbatim.text.enrich.EnrichmentRequest;
import io.verbatim.text.enrich.EnrichmentResult;

/** The text analytics the texts view asks for, run inside jobs; the composition root gives the real one. */
public interface TextAnalysis {

    /** Language, sentiment (the workspace's corrections winning) and optionally topics, stored as derived columns. */
    EnrichmentResult analyse(OpenedWorkspace workspace, Dataset dataset, EnrichmentRequest request, JobContext job);

    /**
     * Retrains the workspace's own sentiment model from its corrections ("teach it") and keeps it in the workspace, so
     * the next analysis uses it.
     *
     * @return how many corrections it learned from
     * @throws IllegalStateException when the workspace has no corrections yet
     */
    int teach(OpenedWorkspace workspace, JobContext job);
}
