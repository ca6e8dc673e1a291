package io.verbatim.analytics.dashboard;

import io.verbatim.analytics.cube.Filter;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.domain.score.ScoreTable;
import java.util.List;

/** Scores the rows some filters keep; {@link io.verbatim.analytics.cube.Cube#score} in production. */
@FunctionalInterface
public interface FilteredScorer {

    ScoreTable score(ScoreRequest request, List<Filter> filters);
}
