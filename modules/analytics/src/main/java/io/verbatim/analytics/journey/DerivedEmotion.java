package io.verbatim.analytics.journey;

import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;

/**
 * Puts a stage's score on the workshop's emotion scale (-2 very negative … +2 very positive), so the curve the data
 * draws sits beside the one drawn by hand (ADR 0032). The mapping is linear and clamped, with the neutral point where a
 * reader of the score would put it:
 *
 * <ul>
 *   <li>NPS and eNPS (−100…+100 points): value / 50, so 0 is neutral and ±100 reaches ±2;
 *   <li>CSAT top-box %: (pct − 50) / 25, so half the answers satisfied is neutral, 100% is +2 and 0% is −2;
 *   <li>CES mean: the scale's midpoint (4 on CES 2.0's 1–7) is neutral and the "easy" end is +2. On CES 2.0 the
 *       question is agreement with "made it easy", so 7 is easy (METRICS.md); a question marked lower-is-better
 *       (an "effort" scale where 1 is little effort) is turned round, so its easy end, the low one, is +2.
 * </ul>
 *
 * <p>A variant other than the metric's default (CSAT mean, CES % agree) maps as the matching rule above: a mean by its
 * scale midpoint, a percent as top-box.
 */
final class DerivedEmotion {

    private DerivedEmotion() {}

    /** The score on −2..+2, or NaN when nothing was answered. */
    static double of(Metric metric, Score score, Question question, boolean percent) {
        if (score.isEmpty() || Double.isNaN(score.value())) {
            return Double.NaN;
        }
        double emotion;
        if (metric == Metric.NPS || metric == Metric.ENPS) {
            emotion = score.value() / 50;
        } else if (percent) {
            emotion = (score.value() - 50) / 25;
        } else {
            emotion = ofMean(score.value(), question);
        }
        return Math.max(Stage.MIN_EMOTION, Math.min(Stage.MAX_EMOTION, emotion));
    }

    private static double ofMean(double mean, Question question) {
        Scale scale = question.scale();
        double middle = (scale.min() + scale.max()) / 2.0;
        double half = (scale.max() - scale.min()) / 2.0;
        double towardsBest = question.direction() == ScaleDirection.LOWER_IS_BETTER ? middle - mean : mean - middle;
        return half == 0 ? 0 : Stage.MAX_EMOTION * towardsBest / half;
    }
}
