package io.verbatim.analytics.score;

import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.Variant;

/**
 * Turns the answer codes of one group into a {@link Score} with n, a 95% interval and a standard error. Calculators are
 * pure and stateless, so the same one serves a whole breakdown, a dashboard tile or a test.
 *
 * <p>Codes outside the question's scale are not answers: they are left out of n, never counted in any box. The scorer
 * already drops them through {@link io.verbatim.domain.dataset.Scale#codeOf(String)}; calculators check again so that
 * no caller can reintroduce the Formbricks "no lower bound" bug.
 */
public interface ScoreCalculator {

    /**
     * @param group the group label the score is for
     * @param codes the codes of the group's answers
     * @param question the scored question, for its scale and direction
     * @throws ScoreException when the question's scale cannot carry this score (NPS on 1–5)
     */
    Score score(String group, int[] codes, Question question);

    /**
     * The score of a group given as a histogram: {@code counts[i]} answers of code {@code min + i}. The in-memory cube
     * counts this way; a calculator whose score depends only on counts answers without expanding them into one code
     * per answer (a million ints per dashboard tile), the others get the expanded codes and give the same score.
     */
    default Score score(String group, int min, long[] counts, Question question) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        int[] codes = new int[Math.toIntExact(total)];
        int at = 0;
        for (int i = 0; i < counts.length; i++) {
            java.util.Arrays.fill(codes, at, at + (int) counts[i], min + i);
            at += (int) counts[i];
        }
        return score(group, codes, question);
    }

    /**
     * The weighted score of a group: {@code weights[i]} belongs to {@code codes[i]}, and answers with weight 0 are left
     * out. The value uses weighted shares or means; n counts the answers, and the interval and standard error use
     * Kish's effective sample size n_eff = (Σw)²/Σw², so a heavily weighted sample gets the wider interval it deserves
     * (docs/decisions/0026-comparisons-weighting-drivers.md).
     *
     * @throws ScoreException when the question's scale cannot carry this score
     */
    Score score(String group, int[] codes, double[] weights, Question question);

    /** One line saying exactly what the figure is, printed with every table and export. */
    String definition(Question question);

    Variant variant();

    /**
     * Refuses a question this calculator cannot honestly score, before any answer is read; a dataset with no answers
     * must still be told that its "NPS" is on a 1–5 scale.
     *
     * @throws ScoreException when the question's scale or direction does not fit
     */
    default void requireScorable(Question question) {
        // Most scores are defined on any closed scale.
    }

    /**
     * The calculator for a metric and variant.
     *
     * @throws ScoreException for a combination no tool would publish (a mean NPS, a net CSAT)
     */
    static ScoreCalculator of(Metric metric, Variant variant) {
        return switch (variant) {
            case NET_SCORE -> {
                if (metric != Metric.NPS && metric != Metric.ENPS) {
                    throw unsupported(metric, variant);
                }
                yield new NpsCalculator(metric);
            }
            case TOP_BOX_PERCENT -> {
                if (metric != Metric.CSAT && metric != Metric.CES) {
                    throw unsupported(metric, variant);
                }
                yield new TopBoxCalculator(metric);
            }
            case MEAN -> {
                if (metric != Metric.CSAT && metric != Metric.CES) {
                    throw unsupported(metric, variant);
                }
                yield new MeanCalculator(metric);
            }
        };
    }

    /** How the metric is written for people: NPS, eNPS, CSAT, CES. */
    static String displayName(Metric metric) {
        return metric == Metric.ENPS ? "eNPS" : metric.name();
    }

    /** The score of a group without a single valid answer: n = 0 and NaN everywhere, never a division by zero. */
    static Score noAnswers(String group) {
        return new Score(group, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private static ScoreException unsupported(Metric metric, Variant variant) {
        String allowed = metric == Metric.NPS || metric == Metric.ENPS ? "net-score only" : "top-box-percent or mean";
        return new ScoreException(displayName(metric) + " is reported as " + allowed + ", not " + variant.wireName());
    }
}
