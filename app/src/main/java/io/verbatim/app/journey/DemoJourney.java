package io.verbatim.app.journey;

import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.journey.Persona;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.port.JourneyRepository;
import io.verbatim.domain.score.Metric;
import java.util.List;

/**
 * The ready-made map of the demo workspace: a subscriber's journey whose five stages are bound to the demo survey's
 * {@code stage} column, so the first start shows real scores, verbatims and both emotion curves. Written once, in the
 * interface language of that start, and only into a workspace that has no map yet.
 */
public final class DemoJourney {

    /** The demo survey's dataset and the column that says which stage a response is about. */
    static final String DATASET = "demo-survey";

    private static final List<String> STAGES = List.of("Onboarding", "Usage", "Billing", "Support", "Renewal");
    private static final List<Double> FELT = List.of(1.0, 0.5, -1.0, -1.5, 0.5);
    private static final List<LaneKind> LANES = List.of(
            LaneKind.ACTIONS,
            LaneKind.TOUCHPOINTS,
            LaneKind.EMOTIONS,
            LaneKind.PAIN_POINTS,
            LaneKind.OPPORTUNITIES,
            LaneKind.METRICS,
            LaneKind.VERBATIMS);

    /** The sticky notes: stage index, lane and colour of each {@code demo.journey.note.N} text. */
    private static final List<NotePlace> NOTES = List.of(
            new NotePlace(0, LaneKind.ACTIONS, NoteColour.YELLOW),
            new NotePlace(0, LaneKind.TOUCHPOINTS, NoteColour.BLUE),
            new NotePlace(1, LaneKind.ACTIONS, NoteColour.YELLOW),
            new NotePlace(1, LaneKind.PAIN_POINTS, NoteColour.PINK),
            new NotePlace(2, LaneKind.ACTIONS, NoteColour.YELLOW),
            new NotePlace(2, LaneKind.PAIN_POINTS, NoteColour.PINK),
            new NotePlace(3, LaneKind.TOUCHPOINTS, NoteColour.BLUE),
            new NotePlace(3, LaneKind.PAIN_POINTS, NoteColour.PINK),
            new NotePlace(3, LaneKind.OPPORTUNITIES, NoteColour.GREEN),
            new NotePlace(4, LaneKind.OPPORTUNITIES, NoteColour.GREEN));

    private final Messages messages;

    public DemoJourney(Messages messages) {
        this.messages = messages;
    }

    /** Saves the demo map when the workspace has none. */
    public void seed(JourneyRepository journeys) {
        if (journeys.all().isEmpty()) {
            journeys.save(map());
        }
    }

    /** The demo map, bound to the demo survey. */
    public JourneyMap map() {
        JourneyMap map = JourneyMap.empty(FreshIds.newId(), messages.get("demo.journey.name"))
                .withPersona(new Persona(
                        FreshIds.newId(),
                        messages.get("demo.journey.persona"),
                        messages.get("demo.journey.personaText")));
        for (int i = 0; i < STAGES.size(); i++) {
            String value = STAGES.get(i);
            Binding binding = new Binding(DATASET, Metric.NPS, "", "stage=" + value, "comment");
            map = map.withStage(
                    new Stage("stage-" + i, messages.get("demo.journey.stage." + value), binding, FELT.get(i)));
        }
        for (LaneKind kind : LANES) {
            map = map.withLane(new Lane("lane-" + kind.name(), kind, messages.get("journey.lane." + kind.name())));
        }
        for (int n = 0; n < NOTES.size(); n++) {
            NotePlace place = NOTES.get(n);
            map = map.withNote(new Note(
                    FreshIds.newId(),
                    "stage-" + place.stage(),
                    "lane-" + place.lane().name(),
                    messages.get("demo.journey.note." + (n + 1)),
                    place.colour()));
        }
        return FreshIds.copy(map, map.id(), map.name());
    }

    private record NotePlace(int stage, LaneKind lane, NoteColour colour) {}
}
