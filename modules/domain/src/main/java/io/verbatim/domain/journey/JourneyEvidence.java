package io.verbatim.domain.journey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence for every bound stage of a map, keyed by stage id. Stages that are not bound, or whose binding changed
 * since the evidence was computed, have none.
 */
public record JourneyEvidence(Map<String, StageEvidence> byStage) {

    public static final JourneyEvidence NONE = new JourneyEvidence(Map.of());

    public JourneyEvidence {
        byStage = Collections.unmodifiableMap(new LinkedHashMap<>(byStage));
    }

    /** The evidence for a stage, if it is current for the stage's binding. */
    public Optional<StageEvidence> forStage(Stage stage) {
        StageEvidence evidence = byStage.get(stage.id());
        if (evidence == null || stage.binding() == null || !evidence.binding().equals(stage.binding())) {
            return Optional.empty();
        }
        return Optional.of(evidence);
    }
}
