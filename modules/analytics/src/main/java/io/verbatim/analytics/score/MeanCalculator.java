package io.verbatim.analytics.score;

import io.verbatim.analytics.stat.ConfidenceInterval;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.Variant;

/**
 * The mean code on the question's own scale with a Student t 95% interval, mean ± t(0.975, n−1)·s/√n. A reversed
 * (lower-is-better) scale keeps its raw mean, because flipping it would silently change the number analysts compare
 * with their survey tool; the definition says which end is good instead.
 */
public final class MeanCalculator implements ScoreCalculator {

    private final Metric metric;

    public MeanCalculator(Metric metric) {
        this.metric = metric;
    }

    @Override
    public Score score(String group, int[] codes, Question question) {
        Scale scale = question.scale();
        long n = 0;
        long sum = 0;
        for (int code : codes) {
            if (code >= scale.min() && code <= scale.max()) {
                n++;
                sum += code;
            }
        }
        if (n == 0) {
            return ScoreCalculator.noAnswers(group);
        }
        double mean = (double) sum / n;
        // Second pass over the deviations: exact for integer codes and free of the cancellation of Σx² − n·mean².
        double squares = 0;
        for (int code : codes) {
            if (code >= scale.min() && code <= scale.max()) {
                squares += (code - mean) * (code - mean);
            }
        }
        return mean(group, n, mean, squares, scale);
    }

    /** The same mean from a histogram: each scale point's squared deviation times its count. */
    @Override
    public Score score(String group, int min, long[] counts, Question question) {
        Scale scale = question.scale();
        long n = 0;
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            int code = min + i;
            if (code >= scale.min() && code <= scale.max()) {
                n += counts[i];
                sum += code * counts[i];
            }
        }
        if (n == 0) {
            return ScoreCalculator.noAnswers(group);
        }
        double mean = (double) sum / n;
        double squares = 0;
        for (int i = 0; i < counts.length; i++) {
            int code = min + i;
            if (code >= scale.min() && code <= scale.max()) {
                squares += counts[i] * (code - mean) * (code - mean);
            }
        }
        return mean(group, n, mean, squares, scale);
    }

    private static Score mean(String group, long n, double mean, double squares, Scale scale) {
        double standardError = n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1) / n);
        // A mean cannot leave its scale, so neither may the interval of a small, skewed sample.
        ConfidenceInterval interval =
                ConfidenceInterval.studentT(mean, standardError, n).clip(scale.min(), scale.max());
        return new Score(group, n, mean, interval.low(), interval.high(), standardError);
    }

    /**
     * The weighted mean m = Σwx/Σw with SE = s_w/√n_eff, where s_w² = Σw(x − m)²/Σw · n_eff/(n_eff − 1) is the
     * weighted variance with the effective-n version of Bessel's correction; the t interval uses df = n_eff − 1.
     */
    @Override
    public Score score(String group, int[] codes, double[] weights, Question question) {
        Scale scale = question.scale();
        long n = 0;
        double total = 0;
        double squares = 0;
        double sum = 0;
        for (int i = 0; i < codes.length; i++) {
            double w = weights[i];
            if (codes[i] >= scale.min() && codes[i] <= scale.max() && w > 0) {
                n++;
                total += w;
                squares += w * w;
                sum += w * codes[i];
            }
        }
        if (n == 0) {
            return ScoreCalculator.noAnswers(group);
        }
        double mean = sum / total;
        double deviations = 0;
        for (int i = 0; i < codes.length; i++) {
            double w = weights[i];
            if (codes[i] >= scale.min() && codes[i] <= scale.max() && w > 0) {
                deviations += w * (codes[i] - mean) * (codes[i] - mean);
            }
        }
        double effective = total * total / squares;
        double variance = deviations / total * effective / (effective - 1);
        double standardError = effective > 1 ? Math.sqrt(variance / effective) : Double.NaN;
        ConfidenceInterval interval =
                ConfidenceInterval.studentT(mean, standardError, effective).clip(scale.min(), scale.max());
        return new Score(group, n, mean, interval.low(), interval.high(), standardError, effective);
    }

    @Override
    public String definition(Question question) {
        Scale scale = question.scale();
        int best = question.direction() == ScaleDirection.LOWER_IS_BETTER ? scale.min() : scale.max();
        String reversed =
                question.direction() == ScaleDirection.LOWER_IS_BETTER ? ", raw mean of a reversed scale" : "";
        return ScoreCalculator.displayName(metric) + " (mean) = mean of valid " + scale.min() + "–" + scale.max()
                + " answers (" + best + " = best" + reversed + "); 95% CI Student t";
    }

    @Override
    public Variant variant() {
        return Variant.MEAN;
    }
}
