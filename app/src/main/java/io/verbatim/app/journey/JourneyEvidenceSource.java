package io.verbatim.app.journey;

import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.port.DatasetRepository;
import java.util.List;

/**
 * Where a map's per-stage numbers and verbatims come from: the analytics module's evidence calculator in production
 * (the same numbers {@code verbatim score} prints for each binding's filter). Called on a worker thread.
 */
@FunctionalInterface
public interface JourneyEvidenceSource {

    Measured evidence(DatasetRepository datasets, JourneyMap map, JobContext context);

    /**
     * What was measured, and why the stages that could not be measured were not (one line each), so one stale binding
     * does not blank the whole map.
     */
    record Measured(JourneyEvidence evidence, List<String> problems) {
        public Measured {
            problems = List.copyOf(problems);
        }

        public static Measured of(JourneyEvidence evidence) {
            return new Measured(evidence, List.of());
        }
    }
}
