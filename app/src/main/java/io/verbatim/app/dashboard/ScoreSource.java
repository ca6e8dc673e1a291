package io.verbatim.app.dashboard;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.cube.CubeCache;
import io.verbatim.analytics.dashboard.DashboardQuery;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetRepository;

/**
 * Where the dashboard's numbers come from: a {@link DashboardQuery} over the analytics module's in-memory
 * {@link Cube} (ADR 0027, 0033), which gives the same tables as {@link io.verbatim.analytics.score.SurveyScorer} and
 * answers a filtered redraw of a million rows in tens of milliseconds; tests may hand the query a scorer double to
 * check the dashboard's own logic.
 */
@FunctionalInterface
public interface ScoreSource {

    /** Datasets whose cubes stay in memory: a few switches back and forth cost nothing; memory stays bounded. */
    int CUBES_KEPT = 3;

    DashboardQuery query(DatasetRepository repository, Dataset dataset);

    /** Queries over cubes kept for the last few datasets shown. */
    static ScoreSource analytics() {
        CubeCache cubes = new CubeCache(CUBES_KEPT);
        return (repository, dataset) -> new DashboardQuery(cubes.cube(repository, dataset));
    }
}
