package io.verbatim.app.dashboard;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.cube.CubeCache;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.ScoreTable;
import java.util.List;

/**
 * Where the dashboard's numbers come from. Production uses the analytics module's in-memory {@link Cube} (ADR 0027),
 * which gives the same tables as {@link io.verbatim.analytics.score.SurveyScorer} and answers a filtered breakdown of a
 * million rows in milliseconds; tests may put a table double in its place to check the dashboard's own logic.
 */
@FunctionalInterface
public interface ScoreSource {

    /** Datasets whose cubes stay in memory: a few switches back and forth cost nothing; memory stays bounded. */
    int CUBES_KEPT = 3;

    ScoreTable score(DatasetRepository repository, Dataset dataset, ScoreRequest request);

    /** Scores from cubes kept for the last few datasets shown. */
    static ScoreSource analytics() {
        CubeCache cubes = new CubeCache(CUBES_KEPT);
        return (repository, dataset, request) -> cubes.cube(repository, dataset).score(request, List.of());
    }
}
