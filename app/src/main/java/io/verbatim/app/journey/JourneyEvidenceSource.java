package io.verbatim.app.journey;

import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.port.DatasetRepository;

/**
 * Where a map's per-stage numbers and verbatims come from: the analytics module's evidence calculator in production
 * (the same numbers {@code verbatim score} prints for each binding's filter). Called on a worker thread.
 */
@FunctionalInterface
public interface JourneyEvidenceSource {

    JourneyEvidence evidence(DatasetRepository datasets, JourneyMap map, JobContext context);
}
