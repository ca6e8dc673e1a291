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
 * <p>The arithmetic and the interval (Wald, or adjusted Wald for small samples and scores near ±100) are
 * {@link NetScore}'s, shared with mention net sentiment.
 */
public final class NpsCalculator implements ScoreCalculator {

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
            if (code >= 9 && code <= 10) {
                promoters++;
            } else if (code >= 7 && code <= 8) {
                passives++;
            } else if (code >= 0 && code <= 6) {
                detractors++;
            }
            // anything else (−1, 11, a sentinel) is not an answer and stays out of n
        }
        long n = promoters + passives + detractors;
        if (n == 0) {
            return ScoreCalculator.noAnswers(group);
        }
        NetScore net = NetScore.of(promoters, passives, detractors);
        ConfidenceInterval interval = net.interval().scaled(100);
        return new Score(group, n, net.value() * 100, interval.low(), interval.high(), net.standardError() * 100);
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
