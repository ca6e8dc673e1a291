package io.verbatim.analytics.score;

import io.verbatim.analytics.stat.ConfidenceInterval;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.Variant;

/**
 * The share of valid answers in the "good" boxes, in percent, with a Wilson 95% interval.
 *
 * <ul>
 *   <li>CSAT: the top two boxes, 4–5 of 1–5 and 6–7 of 1–7 (the industry's "top-2-box"); on a two- or three-point
 *       scale (Zendesk's Good/Bad, smiley faces) only the best box, so Good/(Good + Bad).
 *   <li>CES: "% agree", every box strictly above the midpoint: 5–7 of 1–7, 4–5 of 1–5.
 * </ul>
 *
 * On a lower-is-better scale the boxes are taken from the bottom: CSAT 1–2, CES "easy" 1–3 of 1–7.
 */
public final class TopBoxCalculator implements ScoreCalculator {

    private final Metric metric;

    public TopBoxCalculator(Metric metric) {
        if (metric != Metric.CSAT && metric != Metric.CES) {
            throw new IllegalArgumentException("TopBoxCalculator scores CSAT or CES, not " + metric);
        }
        this.metric = metric;
    }

    @Override
    public Score score(String group, int[] codes, Question question) {
        Scale scale = question.scale();
        Boxes boxes = boxes(question);
        long n = 0;
        long inBox = 0;
        for (int code : codes) {
            if (code >= scale.min() && code <= scale.max()) {
                n++;
                if (code >= boxes.low() && code <= boxes.high()) {
                    inBox++;
                }
            }
        }
        return share(group, n, inBox);
    }

    @Override
    public Score score(String group, int min, long[] counts, Question question) {
        Scale scale = question.scale();
        Boxes boxes = boxes(question);
        long n = 0;
        long inBox = 0;
        for (int i = 0; i < counts.length; i++) {
            int code = min + i;
            if (code >= scale.min() && code <= scale.max()) {
                n += counts[i];
                if (code >= boxes.low() && code <= boxes.high()) {
                    inBox += counts[i];
                }
            }
        }
        return share(group, n, inBox);
    }

    private static Score share(String group, long n, long inBox) {
        if (n == 0) {
            return ScoreCalculator.noAnswers(group);
        }
        double share = (double) inBox / n;
        ConfidenceInterval interval = ConfidenceInterval.wilson(inBox, n).scaled(100);
        double standardError = Math.sqrt(share * (1 - share) / n) * 100;
        return new Score(group, n, share * 100, interval.low(), interval.high(), standardError);
    }

    /** The weighted share with a Wilson interval on Kish's effective n: SE = √(p(1−p)/n_eff). */
    @Override
    public Score score(String group, int[] codes, double[] weights, Question question) {
        Scale scale = question.scale();
        Boxes boxes = boxes(question);
        long n = 0;
        double total = 0;
        double squares = 0;
        double inBox = 0;
        for (int i = 0; i < codes.length; i++) {
            int code = codes[i];
            double w = weights[i];
            if (code >= scale.min() && code <= scale.max() && w > 0) {
                n++;
                total += w;
                squares += w * w;
                if (code >= boxes.low() && code <= boxes.high()) {
                    inBox += w;
                }
            }
        }
        if (n == 0) {
            return ScoreCalculator.noAnswers(group);
        }
        double share = inBox / total;
        double effective = total * total / squares;
        ConfidenceInterval interval =
                ConfidenceInterval.wilson(share, effective).scaled(100);
        double standardError = Math.sqrt(share * (1 - share) / effective) * 100;
        return new Score(group, n, share * 100, interval.low(), interval.high(), standardError, effective);
    }

    @Override
    public String definition(Question question) {
        Scale scale = question.scale();
        Boxes boxes = boxes(question);
        String share = metric == Metric.CES ? "CES (% agree)" : "CSAT (top-box %)";
        String reversed = question.direction() == ScaleDirection.LOWER_IS_BETTER ? ", lower is better" : "";
        return share + " = % of valid " + scale.min() + "–" + scale.max() + " answers in "
                + range(boxes.low(), boxes.high()) + reversed + "; 95% CI Wilson";
    }

    @Override
    public Variant variant() {
        return Variant.TOP_BOX_PERCENT;
    }

    /** The inclusive range of good codes for this metric on the question's scale and direction. */
    Boxes boxes(Question question) {
        Scale scale = question.scale();
        boolean higherIsBetter = question.direction() == ScaleDirection.HIGHER_IS_BETTER;
        if (metric == Metric.CES) {
            // Strictly beyond the midpoint: the neutral middle box of an odd scale is neither agree nor disagree.
            double midpoint = (scale.min() + scale.max()) / 2.0;
            return higherIsBetter
                    ? new Boxes((int) Math.floor(midpoint) + 1, scale.max())
                    : new Boxes(scale.min(), (int) Math.ceil(midpoint) - 1);
        }
        int width = scale.points() <= 3 ? 1 : 2;
        return higherIsBetter
                ? new Boxes(scale.max() - width + 1, scale.max())
                : new Boxes(scale.min(), scale.min() + width - 1);
    }

    private static String range(int low, int high) {
        return low == high ? String.valueOf(low) : low + "–" + high;
    }

    /** Inclusive code range counted as a success. */
    record Boxes(int low, int high) {}
}
