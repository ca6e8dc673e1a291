package io.verbatim.analytics.score;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.ScoreTable;

/** Scores a dataset's rating questions: overall, by a column, or by period, each group with n and a 95% interval. */
public final class SurveyScorer {

    private final DatasetRepository repository;

    public SurveyScorer(DatasetRepository repository) {
        this.repository = repository;
    }

    /**
     * @throws ScoreException when the request cannot be honestly answered
     */
    public ScoreTable score(Dataset dataset, ScoreRequest request) {
        throw new UnsupportedOperationException("not yet " + repository + dataset + request);
    }

    /**
     * Tests whether two groups of a table differ (Wald z for NPS/eNPS, two-proportion z for top-box, Welch t for means).
     *
     * @throws ScoreException when a group is missing or empty
     */
    public Comparison compare(ScoreTable table, String firstGroup, String secondGroup) {
        throw new UnsupportedOperationException("not yet " + table + firstGroup + secondGroup);
    }
}
