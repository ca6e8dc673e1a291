package io.verbatim.analytics.score;

import static io.verbatim.analytics.score.Answers.codes;
import static io.verbatim.analytics.score.Answers.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Weighted scores by hand: weighted shares or means for the value, and Kish's n_eff = (Σw)²/Σw² in place of n in the
 * interval and standard error.
 */
class WeightedScoreTest {

    @Test
    void weightedNpsUsesWeightedSharesAndTheEffectiveSampleSize() {
        // 10 (w 2), 9 (w 1), 7 (w 1), 0 (w 2): Σw = 6, Σw² = 10, n_eff = 36/10 = 3.6.
        // pP = 3/6 = .5, pD = 2/6 = .33333 → NPS 16.667; Var = .83333 − .16667² = .80556; SE = √(.80556/3.6) = .47304.
        // n_eff < 100 → adjusted Wald on effective counts P 1.8, Pa .6, D 1.2 plus .75/1.5/.75: P' 2.55, Pa' 2.1,
        // D' 1.95, n' 6.6; NPS' = .6/6.6 = .090909; Var' = (2.55 + 1.95)/6.6 − .090909² = .673554;
        // SE' = √(.673554/6.6) = .319459; .090909 ± 1.959964 × .319459 = [−.535219, .717037].
        Score score = new NpsCalculator(Metric.NPS)
                .score("all", codes("10 9 7 0"), new double[] {2, 1, 1, 2}, question(MetricRole.NPS, 0, 10));

        assertThat(score.n()).isEqualTo(4);
        assertThat(score.effectiveN()).isCloseTo(3.6, within(1e-9));
        assertThat(score.value()).isCloseTo(16.667, within(0.001));
        assertThat(score.standardError()).isCloseTo(47.304, within(0.001));
        assertThat(score.ciLow()).isCloseTo(-53.522, within(0.001));
        assertThat(score.ciHigh()).isCloseTo(71.704, within(0.001));
    }

    @Test
    void weightedTopBoxUsesTheWeightedShareAndAWilsonIntervalOnEffectiveN() {
        // 5 (w 1), 4 (w 1), 3 (w 2), 1 (w 4): top-2 weight 2 of 8 → 25%; Σw² = 22, n_eff = 64/22 = 2.90909;
        // SE = √(.25 × .75 / 2.90909) = .253876.
        Score score = new TopBoxCalculator(Metric.CSAT)
                .score("all", codes("5 4 3 1"), new double[] {1, 1, 2, 4}, question(MetricRole.CSAT, 1, 5));

        assertThat(score.value()).isCloseTo(25.0, within(1e-9));
        assertThat(score.effectiveN()).isCloseTo(2.90909, within(1e-5));
        assertThat(score.standardError()).isCloseTo(25.3876, within(0.0001));
    }

    @Test
    void weightedMeanUsesTheEffectiveNInItsVarianceCorrectionAndStandardError() {
        // 1 (w 3), 5 (w 1): mean = 8/4 = 2; n_eff = 16/10 = 1.6; Σw(x − m)²/Σw = (3 + 9)/4 = 3;
        // s² = 3 × 1.6/0.6 = 8; SE = √(8/1.6) = √5 = 2.23607.
        Score score = new MeanCalculator(Metric.CSAT)
                .score("all", codes("1 5"), new double[] {3, 1}, question(MetricRole.CSAT, 1, 5));

        assertThat(score.value()).isCloseTo(2.0, within(1e-12));
        assertThat(score.standardError()).isCloseTo(Math.sqrt(5), within(1e-12));
    }

    @Test
    void equalWeightsGiveExactlyTheUnweightedScore() {
        int[] answers = codes("10 10 9 8 7 6 0 5 3 10 9 9 2 7");
        double[] weights = new double[answers.length];
        Arrays.fill(weights, 2.5);
        NpsCalculator nps = new NpsCalculator(Metric.NPS);

        Score plain = nps.score("all", answers, question(MetricRole.NPS, 0, 10));
        Score weighted = nps.score("all", answers, weights, question(MetricRole.NPS, 0, 10));

        assertThat(weighted.value()).isCloseTo(plain.value(), within(1e-9));
        assertThat(weighted.ciLow()).isCloseTo(plain.ciLow(), within(1e-9));
        assertThat(weighted.ciHigh()).isCloseTo(plain.ciHigh(), within(1e-9));
        assertThat(weighted.effectiveN()).isCloseTo(plain.n(), within(1e-9));
    }

    @Test
    void answersWithWeightZeroAreLeftOut() {
        Score score = new NpsCalculator(Metric.NPS)
                .score("all", codes("10 0"), new double[] {1, 0}, question(MetricRole.NPS, 0, 10));

        assertThat(score.n()).isEqualTo(1);
        assertThat(score.value()).isEqualTo(100.0);
    }
}
