package io.verbatim.analytics.score;

import io.verbatim.analytics.stat.ConfidenceInterval;
import io.verbatim.analytics.stat.NetScore;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.Variant;

/**
 * NPS and eNPS: % promoters (9–10) − % detractors (0–6) of valid 0–10 answers, in points from −100 to +100.
 *
 * <p>Segments come from the answer's <em>value</em> with both bounds checked, never from an array index (Mozilla's
 * bug) and never with a one-sided "≤ 6" (Formbricks' and the DAX blank-as-zero bug). Each respondent scores +1, 0 or
 * −1; NPS is their mean, so Var = p<sub>P</sub> + p<sub>D</sub> − (p<sub>P</sub> − p<sub>D</sub>)² and SE = √(Var/n).
 *
 * <p>The interval is Wald (NPS ± 1.96·SE) when the sample is large and the score is away from ±100; otherwise it is the
 * adjusted Wald interval of Rocks (2016): add 0.75 detractor, 1.5 passive and 0.75 promoter pseudo-answers (n + 3) and
 * take the Wald interval around that adjusted estimate. The reported value and the standard error always come from
 * the plain answers, so tables compare with the plain Wald z-test of METRICS.md.
 */
public final class NpsCalculator implements ScoreCalculator {

    private static final int NOT_AN_ANSWER = Integer.MIN_VALUE;

    private final Metric metric;

    public NpsCalculator(Metric metric) {
        if (metric != Metric.NPS && metric != Metric.ENPS) {
            throw new IllegalArgumentException("NpsCalculator scores NPS or eNPS, not " + metric);
        }
        this.metric = metric;
    }

    @Override
    public Score score(String group, int[] codes, Question question) {
        requireScorable(question);
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (int code : codes) {
            switch (segment(code)) {
                case 1 -> promoters++;
                case 0 -> passives++;
                case -1 -> detractors++;
                default -> {
                    // anything else (−1, 11, a sentinel) is not an answer and stays out of n
                }
            }
        }
        long n = promoters + passives + detractors;
        return fromCounts(group, n, n, promoters, passives, detractors);
    }

    @Override
    public Score score(String group, int min, long[] counts, Question question) {
        requireScorable(question);
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (int i = 0; i < counts.length; i++) {
            switch (segment(min + i)) {
                case 1 -> promoters += counts[i];
                case 0 -> passives += counts[i];
                case -1 -> detractors += counts[i];
                default -> {
                    // not an answer, as in score(group, codes, question)
                }
            }
        }
        long n = promoters + passives + detractors;
        return fromCounts(group, n, n, promoters, passives, detractors);
    }

    /**
     * The weighted NPS: shares are weighted, and the interval treats them as coming from Kish's effective sample size
     * n_eff = (Σw)²/Σw², so Var is the METRICS.md formula on the weighted shares and SE = √(Var/n_eff).
     */
    @Override
    public Score score(String group, int[] codes, double[] weights, Question question) {
        requireScorable(question);
        double[] sums = new double[3];
        long n = 0;
        double total = 0;
        double squares = 0;
        for (int i = 0; i < codes.length; i++) {
            int segment = segment(codes[i]);
            double w = weights[i];
            if (segment != NOT_AN_ANSWER && w > 0) {
                sums[segment + 1] += w;
                n++;
                total += w;
                squares += w * w;
            }
        }
        if (n == 0) {
            return ScoreCalculator.noAnswers(group);
        }
        double effective = total * total / squares;
        double scale = effective / total;
        return fromCounts(group, n, effective, sums[2] * scale, sums[1] * scale, sums[0] * scale);
    }

    /** +1 promoter, 0 passive, −1 detractor, by value with both bounds checked; {@link #NOT_AN_ANSWER} otherwise. */
    private static int segment(int code) {
        if (code >= 9 && code <= 10) {
            return 1;
        } else if (code >= 7 && code <= 8) {
            return 0;
        } else if (code >= 0 && code <= 6) {
            return -1;
        }
        return NOT_AN_ANSWER;
    }

    /**
     * The score from (possibly effective, fractional) counts: {@code effective} is n for plain answers and Kish's
     * n_eff for weighted ones, and the counts are the shares times it. The arithmetic is {@link NetScore}'s, shared
     * with mention net sentiment.
     */
    private static Score fromCounts(
            String group, long n, double effective, double promoters, double passives, double detractors) {
        if (n == 0) {
            return ScoreCalculator.noAnswers(group);
        }
        NetScore net = NetScore.of(promoters, passives, detractors);
        ConfidenceInterval interval = net.interval().scaled(100);
        return new Score(
                group, n, net.value() * 100, interval.low(), interval.high(), net.standardError() * 100, effective);
    }

    @Override
    public String definition(Question question) {
        return ScoreCalculator.displayName(metric)
                + " = % promoters (9–10) − % detractors (0–6) of valid 0–10 answers, in points; 95% CI Wald, adjusted Wald"
                + " (+0.75 detractor, 1.5 passive, 0.75 promoter) when n < " + NetScore.WALD_MINIMUM_N
                + " or near ±100";
    }

    @Override
    public Variant variant() {
        return Variant.NET_SCORE;
    }

    @Override
    public void requireScorable(Question question) {
        Scale scale = question.scale();
        String name = ScoreCalculator.displayName(metric);
        if (scale.min() != 0 || scale.max() != 10) {
            throw new ScoreException(name + " needs a 0–10 question, but this one is on a " + scale.min() + "–"
                    + scale.max() + " scale; there is no standard " + name + " for other scales (use CSAT or a mean)");
        }
        if (question.direction() == ScaleDirection.LOWER_IS_BETTER) {
            throw new ScoreException(name + " needs 10 = most likely to recommend, but this question is marked"
                    + " lower-is-better; fix its direction in the import wizard");
        }
    }
}
