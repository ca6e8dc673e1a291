package io.verbatim.domain.journey;

import io.verbatim.domain.score.Score;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the data says about one bound stage: its score with n and 95% interval (equal to {@code verbatim score} for the
 * binding's filter), a few representative verbatims, and the emotion the score implies on the hand-drawn curve's
 * scale (-2 to +2), so a workshop's felt curve and the measured one can be drawn side by side.
 *
 * @param stageId the stage it measures
 * @param binding the binding it was computed for (evidence for an older binding is stale)
 * @param score the score; {@link Score#isEmpty()} when no row of the filter answered
 * @param verbatims up to a few texts from the binding's text column, chosen deterministically
 * @param derivedEmotion the score mapped to -2..+2, or NaN when the score is empty
 */
public record StageEvidence(
        String stageId, Binding binding, Score score, List<String> verbatims, double derivedEmotion) {

    public StageEvidence {
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(score, "score");
        verbatims = List.copyOf(verbatims);
    }

    public OptionalDouble derivedEmotionIfAny() {
        return Double.isNaN(derivedEmotion) ? OptionalDouble.empty() : OptionalDouble.of(derivedEmotion);
    }
}
