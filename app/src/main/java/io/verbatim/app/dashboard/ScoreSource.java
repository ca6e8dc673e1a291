package io.verbatim.app.dashboard;

import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.analytics.score.SurveyScorer;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.ScoreTable;

/**
 * Where the dashboard's numbers come from. Production uses the analytics module's {@link SurveyScorer}, the one tested
 * calculator; tests may put a table double in its place to check the dashboard's own logic.
 */
@FunctionalInterface
public interface ScoreSource {

    ScoreTable score(DatasetRepository repository, Dataset dataset, ScoreRequest request);

    static ScoreSource analytics() {
        return (repository, dataset, request) -> new SurveyScorer(repository).score(dataset, request);
    }
}
