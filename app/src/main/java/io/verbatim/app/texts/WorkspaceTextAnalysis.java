package io.verbatim.app.texts;

import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.text.SentimentCorrection;
import io.verbatim.text.enrich.EnrichmentRequest;
import io.verbatim.text.enrich.EnrichmentResult;
import io.verbatim.text.enrich.TextEnrichment;
import io.verbatim.text.enrich.WorkspaceSentiment;
import io.verbatim.text.lang.LanguageDetector;
import java.util.List;

/** The real {@link TextAnalysis}: the text module's enrichment with the workspace's corrections and taught model. */
public final class WorkspaceTextAnalysis implements TextAnalysis {

    private final LanguageDetector detector = new LanguageDetector();

    @Override
    public EnrichmentResult analyse(
            OpenedWorkspace workspace, Dataset dataset, EnrichmentRequest request, JobContext job) {
        List<SentimentCorrection> corrections = workspace.corrections() == null
                ? List.of()
                : workspace.corrections().corrections();
        TextEnrichment enrichment = new TextEnrichment(detector, WorkspaceSentiment.load(workspace.directory()));
        return enrichment.enrich(workspace.datasets(), dataset, request, corrections, job);
    }

    @Override
    public int teach(OpenedWorkspace workspace, JobContext job) {
        List<SentimentCorrection> corrections = workspace.corrections() == null
                ? List.of()
                : workspace.corrections().corrections();
        job.progress(0, -1, "Teaching the workspace model");
        WorkspaceSentiment.teach(workspace.directory(), corrections);
        return corrections.size();
    }
}
