package io.verbatim.analytics.score;

import static io.verbatim.analytics.score.Answers.question;
import static io.verbatim.analytics.score.Answers.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Significance tests run from a score table alone: value, n and standard error of each group. */
class ScoreComparisonTest {

    private final SurveyScorer scorer = new SurveyScorer(new InMemoryDatasetRepository());

    @Test
    void findsTheWorkedExampleWaveDifferenceNotSignificant() {
        // Wave 1 from answers: n = 400, P 50%, D 20% → NPS 30, Var 0.61, SE 3.905 points.
        int[] wave1 = IntStream.concat(IntStream.concat(repeat(10, 200), repeat(8, 120)), repeat(0, 80))
                .toArray();
        Score first = new NpsCalculator(Metric.NPS).score("wave 1", wave1, question(MetricRole.NPS, 0, 10));
        // Wave 2 as METRICS.md states it (45% of 350 is not a whole count, so it is given as a table row):
        // NPS 23, Var = 0.45 + 0.22 − 0.23² = 0.6171, SE = √(0.6171/350) = 0.041990 → 4.199 points.
        Score second = new Score("wave 2", 350, 23, 14.77, 31.23, Math.sqrt(0.6171 / 350) * 100);

        Comparison comparison = scorer.compare(table(Metric.NPS, Variant.NET_SCORE, first, second), "wave 1", "wave 2");

        // z = 0.07 / √(0.61/400 + 0.6171/350) = 0.07 / √0.00328814 = 0.07 / 0.057342 = 1.2207; p = 2(1 − Φ(1.2207)).
        assertThat(comparison.difference()).isCloseTo(7.0, within(1e-9));
        assertThat(comparison.statistic()).isCloseTo(1.2207, within(0.0001));
        assertThat(comparison.pValue()).isCloseTo(0.2222, within(0.0001));
        assertThat(comparison.significant()).isFalse();
        assertThat(comparison.test()).startsWith("Wald z-test for NPS");
    }

    @Test
    void testsTopBoxSharesWithAPooledTwoProportionZTest() {
        Score first = new Score("A", 100, 60, 0, 0, 4.899);
        Score second = new Score("B", 100, 45, 0, 0, 4.975);

        Comparison comparison = scorer.compare(table(Metric.CSAT, Variant.TOP_BOX_PERCENT, first, second), "A", "B");

        // 60/100 vs 45/100; pooled p = 105/200 = 0.525; SE = √(0.525 × 0.475 × (1/100 + 1/100)) = 0.070622;
        // z = 0.15 / 0.070622 = 2.1240; p = 0.0337 → significant.
        assertThat(comparison.statistic()).isCloseTo(2.1240, within(0.0001));
        assertThat(comparison.pValue()).isCloseTo(0.0337, within(0.0001));
        assertThat(comparison.significant()).isTrue();
        assertThat(comparison.test()).contains("two-proportion z-test (pooled)");
    }

    @Test
    void testsCesPercentAgreeFromAnswersWithThePooledZTest() {
        TopBoxCalculator agree = new TopBoxCalculator(Metric.CES);
        Score first = agree.score("A", Answers.codes("5 6 7 7 2"), question(MetricRole.CES, 1, 7));
        Score second = agree.score("B", Answers.codes("1 2 3 5"), question(MetricRole.CES, 1, 7));

        Comparison comparison = scorer.compare(table(Metric.CES, Variant.TOP_BOX_PERCENT, first, second), "A", "B");

        // Agree = 5–7: A 4/5 = .8, B 1/4 = .25; pooled 5/9 = .55556; SE = √(.55556 × .44444 × (1/5 + 1/4)) = √(1/9)
        // = .33333; z = .55 / .33333 = 1.65; p = 2(1 − Φ(1.65)) = .09894 → not significant.
        assertThat(first.value()).isCloseTo(80.0, within(1e-9));
        assertThat(comparison.statistic()).isCloseTo(1.65, within(1e-9));
        assertThat(comparison.pValue()).isCloseTo(0.09894, within(0.00001));
        assertThat(comparison.test()).isEqualTo("two-proportion z-test (pooled) for CES top-box %");
    }

    @Test
    void testsMeansWithWelchAndSatterthwaiteDegreesOfFreedom() {
        MeanCalculator mean = new MeanCalculator(Metric.CSAT);
        Score first = mean.score("A", Answers.codes("1 2 3 4 5"), question(MetricRole.CSAT, 1, 5));
        Score second = mean.score("B", Answers.codes("4 4 5 5"), question(MetricRole.CSAT, 1, 5));

        Comparison comparison = scorer.compare(table(Metric.CSAT, Variant.MEAN, first, second), "A", "B");

        // A: mean 3, SE² = 2.5/5 = 0.5. B: mean 4.5, s² = 1/3, SE² = 0.083333.
        // t = −1.5 / √0.583333 = −1.9640; df = 0.583333² / (0.5²/4 + 0.083333²/3) = 0.340278 / 0.064815 = 5.25;
        // p(|t| ≥ 1.964, df 5.25) = 0.104 (between the table's 0.10 at 2.015 and 0.20 at 1.476, df 5).
        assertThat(comparison.statistic()).isCloseTo(-1.9640, within(0.0001));
        assertThat(comparison.pValue()).isCloseTo(0.1040, within(0.0001));
        assertThat(comparison.test()).isEqualTo("Welch t-test for the CSAT mean (df = 5.3)");
    }

    @Test
    void findsNoDifferenceBetweenTwoGroupsWithoutSpreadAndTheSameScore() {
        Score first = new Score("A", 10, 100, 70, 100, 0);
        Score second = new Score("B", 12, 100, 72, 100, 0);

        Comparison comparison = scorer.compare(table(Metric.NPS, Variant.NET_SCORE, first, second), "A", "B");

        assertThat(comparison.statistic()).isZero();
        assertThat(comparison.pValue()).isEqualTo(1.0);
    }

    @Test
    void refusesAGroupTheTableDoesNotHave() {
        ScoreTable table = table(Metric.NPS, Variant.NET_SCORE, new Score("A", 10, 0, -50, 50, 20));

        assertThatThrownBy(() -> scorer.compare(table, "A", "Z"))
                .isInstanceOf(ScoreException.class)
                .hasMessage("The NPS table has no group 'Z'; its groups are A");
    }

    @Test
    void refusesAnEmptyGroup() {
        ScoreTable table = table(
                Metric.NPS, Variant.NET_SCORE, new Score("A", 10, 0, -50, 50, 20), ScoreCalculator.noAnswers("B"));

        assertThatThrownBy(() -> scorer.compare(table, "A", "B"))
                .isInstanceOf(ScoreException.class)
                .hasMessageContaining("'B' has no valid answers");
    }

    @Test
    void refusesAMeanTestOnASingleAnswer() {
        ScoreTable table = table(
                Metric.CES,
                Variant.MEAN,
                new Score("A", 5, 4, 3, 5, 0.5),
                new Score("B", 1, 6, Double.NaN, Double.NaN, Double.NaN));

        assertThatThrownBy(() -> scorer.compare(table, "A", "B"))
                .isInstanceOf(ScoreException.class)
                .hasMessageContaining("at least two");
    }

    private static ScoreTable table(Metric metric, Variant variant, Score... groups) {
        return new ScoreTable(metric, variant, "test", "Q1", "wave", List.of(groups), "test table");
    }
}
