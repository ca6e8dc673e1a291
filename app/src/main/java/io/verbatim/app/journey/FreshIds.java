package io.verbatim.app.journey;

import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.Persona;
import io.verbatim.domain.journey.Stage;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A copy of a map (a template) under new ids throughout, so two maps made from one template never share a stage, lane
 * or note id, whatever the store keys them by.
 */
final class FreshIds {

    private final Map<String, String> renamed = new HashMap<>();

    private FreshIds() {}

    static JourneyMap copy(JourneyMap template, String mapId, String name) {
        FreshIds ids = new FreshIds();
        return new JourneyMap(
                mapId,
                name,
                template.personas().stream()
                        .map(p -> new Persona(ids.of(p.id()), p.name(), p.description()))
                        .toList(),
                template.stages().stream()
                        .map(s -> new Stage(ids.of(s.id()), s.name(), s.binding(), s.feltEmotion()))
                        .toList(),
                template.lanes().stream()
                        .map(l -> new Lane(ids.of(l.id()), l.kind(), l.title()))
                        .toList(),
                template.notes().stream()
                        .map(n ->
                                new Note(ids.of(n.id()), ids.of(n.stageId()), ids.of(n.laneId()), n.text(), n.colour()))
                        .toList());
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    private String of(String old) {
        return renamed.computeIfAbsent(old, o -> newId());
    }
}
