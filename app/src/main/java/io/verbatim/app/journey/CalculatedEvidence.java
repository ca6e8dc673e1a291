package io.verbatim.app.journey;

import io.verbatim.analytics.cube.CubeCache;
import io.verbatim.analytics.journey.JourneyEvidenceCalculator;
import io.verbatim.analytics.journey.JourneyEvidenceException;
import io.verbatim.app.workspace.UserFacingError;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.domain.port.DatasetRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The production evidence: the analytics module's {@link JourneyEvidenceCalculator}, stage by stage, so a stage whose
 * binding cannot be measured (a dataset deleted, a column renamed) is reported in one line while the others still
 * show their numbers. The cubes are kept between jobs: re-measuring after a binding change reads no column twice.
 */
public final class CalculatedEvidence implements JourneyEvidenceSource {

    /** Datasets whose cubes stay in memory for the journey tab. */
    static final int CUBES_KEPT = 2;

    private final CubeCache cubes;

    public CalculatedEvidence() {
        this(new CubeCache(CUBES_KEPT));
    }

    public CalculatedEvidence(CubeCache cubes) {
        this.cubes = cubes;
    }

    @Override
    public Measured evidence(DatasetRepository datasets, JourneyMap map, JobContext context) {
        JourneyEvidenceCalculator calculator = new JourneyEvidenceCalculator(datasets, cubes);
        Map<String, StageEvidence> byStage = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Stage stage : map.stages()) {
            context.checkCancelled();
            if (stage.binding() != null) {
                try {
                    byStage.put(stage.id(), calculator.stage(stage));
                } catch (JourneyEvidenceException e) {
                    problems.add(UserFacingError.describe(e));
                }
            }
        }
        return new Measured(new JourneyEvidence(byStage), problems);
    }
}
