package io.verbatim.charts.journey;

import io.verbatim.domain.journey.LaneKind;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The words a journey map shows besides the analyst's own (stage, lane and note texts), translated by the caller.
 *
 * @param laneKinds the title of a lane whose own title is blank, by kind
 * @param persona the word before a persona's name, e.g. "Persona"
 * @param measured legend of the emotion curve derived from data, e.g. "measured"
 * @param felt legend of the hand-drawn emotion curve, e.g. "felt (workshop)"
 * @param notBound said in a data cell of a stage without a binding
 * @param noEvidence said when a stage is bound but its figures are not computed (or are stale)
 * @param noAnswers said when nobody in the stage's rows answered
 * @param base the base pattern with {@code %s} for the count, e.g. "n = %s"
 * @param lowBase said when the base is under 30 answers
 * @param locale number formatting
 */
public record JourneyLabels(
        Map<LaneKind, String> laneKinds,
        String persona,
        String measured,
        String felt,
        String notBound,
        String noEvidence,
        String noAnswers,
        String base,
        String lowBase,
        Locale locale) {

    public JourneyLabels {
        laneKinds = Map.copyOf(laneKinds);
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(felt, "felt");
        Objects.requireNonNull(notBound, "notBound");
        Objects.requireNonNull(noEvidence, "noEvidence");
        Objects.requireNonNull(noAnswers, "noAnswers");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(lowBase, "lowBase");
        Objects.requireNonNull(locale, "locale");
    }

    /** English words, for tests and for callers without a translation. */
    public static JourneyLabels english() {
        Map<LaneKind, String> kinds = new EnumMap<>(LaneKind.class);
        kinds.put(LaneKind.ACTIONS, "Customer actions");
        kinds.put(LaneKind.TOUCHPOINTS, "Touchpoints");
        kinds.put(LaneKind.CHANNELS, "Channels");
        kinds.put(LaneKind.EMOTIONS, "Emotions");
        kinds.put(LaneKind.PAIN_POINTS, "Pain points");
        kinds.put(LaneKind.OPPORTUNITIES, "Opportunities");
        kinds.put(LaneKind.METRICS, "Metrics");
        kinds.put(LaneKind.VERBATIMS, "Verbatims");
        return new JourneyLabels(
                kinds,
                "Persona",
                "measured (from data)",
                "felt (workshop)",
                "not bound to data",
                "figures not computed",
                "no answers",
                "n = %s",
                "low base",
                Locale.ENGLISH);
    }

    /** The title shown for a lane: its own, or its kind's when blank. */
    public String laneTitle(io.verbatim.domain.journey.Lane lane) {
        return lane.title().isBlank()
                ? laneKinds.getOrDefault(lane.kind(), lane.kind().name())
                : lane.title();
    }
}
