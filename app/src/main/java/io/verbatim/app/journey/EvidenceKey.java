package io.verbatim.app.journey;

import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import java.util.List;

/**
 * What a map's evidence depends on: the map and each bound stage's binding. Renaming a stage or moving a note keeps
 * the key, so only edits that change what is measured start a new evidence job.
 */
record EvidenceKey(String mapId, List<StageBinding> bindings) {

    record StageBinding(String stageId, Binding binding) {}

    static EvidenceKey of(JourneyMap map) {
        return new EvidenceKey(
                map.id(),
                map.stages().stream()
                        .filter(s -> s.binding() != null)
                        .map(s -> new StageBinding(s.id(), s.binding()))
                        .toList());
    }

    static boolean hasBindings(JourneyMap map) {
        return map.stages().stream().map(Stage::binding).anyMatch(b -> b != null);
    }
}
