package io.verbatim.store;

import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.journey.Persona;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.score.Metric;

/** Journey maps shared by the store tests. */
final class JourneyFixtures {

    private JourneyFixtures() {}

    /** A map that uses every field: personas, bound and unbound stages, felt emotion, every lane kind, notes. */
    static JourneyMap everyField(String id, String name) {
        JourneyMap map = JourneyMap.empty(id, name)
                .withPersona(new Persona("p1", "Новый клиент", "Впервые покупает онлайн, \"осторожен\""))
                .withPersona(new Persona("p2", "Loyal customer", ""))
                .withStage(new Stage(
                        "s1",
                        "Поиск",
                        new Binding("survey", Metric.NPS, "Q1", "Stage=Поиск;region=Москва", "comment"),
                        -1.5))
                .withStage(new Stage("s2", "Покупка", new Binding("survey", Metric.CSAT, "", "", ""), null))
                .withStage(new Stage("s3", "Доставка 🚚", null, 2.0))
                .withStage(new Stage("s4", "", new Binding("tickets", Metric.CES, "ces", "channel=чат", "body"), 0.25));
        for (LaneKind kind : LaneKind.values()) {
            map = map.withLane(
                    new Lane("l-" + kind.name(), kind, "Дорожка " + kind.name().toLowerCase()));
        }
        NoteColour[] colours = NoteColour.values();
        for (int i = 0; i < 12; i++) {
            map = map.withNote(new Note(
                    "n" + i,
                    map.stages().get(i % 4).id(),
                    map.lanes().get(i % map.lanes().size()).id(),
                    "Заметка №" + i + "\nвторая строка, «кавычки» и \\ слэш",
                    colours[i % colours.length]));
        }
        return map;
    }
}
