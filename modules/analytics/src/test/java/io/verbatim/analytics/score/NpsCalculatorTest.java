package io.verbatim.analytics.score;

import static io.verbatim.analytics.score.Answers.codes;
import static io.verbatim.analytics.score.Answers.question;
import static io.verbatim.analytics.score.Answers.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpsCalculatorTest {

    private static final Question NPS_0_10 = question(MetricRole.NPS, 0, 10);

    private final NpsCalculator nps = new NpsCalculator(Metric.NPS);

    @ParameterizedTest(name = "[{index}] {0} gives n = {1} and NPS {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # codes                   | n  | NPS    | why
            10 10 9 8 7 6 0 5 3 10    | 10 |   0.0  | P = 10,10,9,10 = 4; D = 6,0,5,3 = 4; (4 − 4)/10 = 0
            10 10 9 8 7 6 0           |  7 |  14.29 | P = 3, D = 2; (3 − 2)/7 = 0.142857
            0 -1 11 10                |  2 |   0.0  | −1 and 11 are not answers; 0 is a detractor: (1 − 1)/2
            -1 11 12 -5               |  0 |   NaN  | nothing valid: n = 0, no division by zero
            0 0 0                     |  3 | -100.0 | every 0 is a detractor (a ">0" bound would drop them)
            7 8 7 8                   |  4 |   0.0  | passives only: (0 − 0)/4
            9 10 9 10 6               |  5 |  60.0  | (4 − 1)/5 = 0.6
            """)
    void scoresGoldenTablesFromValuesWithBothBoundsChecked(String answers, long n, double expected, String why) {
        Score score = nps.score("all", codes(answers), NPS_0_10);

        assertThat(score.n()).as(why).isEqualTo(n);
        if (Double.isNaN(expected)) {
            assertThat(score.value()).as(why).isNaN();
        } else {
            assertThat(score.value()).as(why).isCloseTo(expected, within(0.01));
        }
    }

    @ParameterizedTest(name = "a single answer {0} is a {1}")
    @CsvSource(
            textBlock =
                    """
            0,  detractor, -100
            6,  detractor, -100
            7,  passive,      0
            8,  passive,      0
            9,  promoter,   100
            10, promoter,   100
            """)
    void putsEachValueInItsSegmentByValueNotByIndex(int code, String segment, double expected) {
        // Mozilla's bug read the segment from a 0-based array index; 9 and 10 must both be promoters by value.
        assertThat(nps.score("all", new int[] {code}, NPS_0_10).value())
                .as(segment)
                .isEqualTo(expected);
    }

    @Test
    void reproducesTheWorkedExampleOfMetricsMd() {
        // n = 400: 200 promoters (50%), 120 passives, 80 detractors (20%).
        int[] answers = IntStream.concat(IntStream.concat(repeat(10, 200), repeat(8, 120)), repeat(0, 80))
                .toArray();

        Score score = nps.score("wave 1", answers, NPS_0_10);

        // NPS = 50 − 20 = 30; Var = 0.5 + 0.2 − 0.3² = 0.61; SE = √(0.61/400) = 0.039051 → 3.9 points.
        assertThat(score.value()).isCloseTo(30.0, within(1e-9));
        assertThat(score.standardError()).isCloseTo(3.905, within(0.001));
        // n ≥ 100 and well away from ±100, so Wald: MoE = 1.96 × 3.905 = 7.654 → ±7.7; CI 22.35 … 37.65.
        assertThat(score.margin()).isCloseTo(7.654, within(0.001));
        assertThat(score.ciLow()).isCloseTo(22.346, within(0.001));
        assertThat(score.ciHigh()).isCloseTo(37.654, within(0.001));
    }

    @Test
    void usesTheAdjustedWaldIntervalForFiveAnswers() {
        Score score = nps.score("all", codes("10 10 10 9 7"), NPS_0_10);

        // Plain: P = 4/5, D = 0 → NPS 80; Var = 0.8 − 0.64 = 0.16; SE = √(0.16/5) = 0.178885 → 17.89 points.
        assertThat(score.value()).isCloseTo(80.0, within(1e-9));
        assertThat(score.standardError()).isCloseTo(17.889, within(0.001));
        // Adjusted: P' = 4.75/8 = 0.59375, D' = 0.75/8 = 0.09375, NPS' = 0.5;
        // Var' = 0.59375 + 0.09375 − 0.25 = 0.4375; SE' = √(0.4375/8) = 0.233854; 1.96 × SE' = 0.458342;
        // CI = 0.5 ± 0.458342 = 0.041658 … 0.958342 → 4.17 … 95.83 points.
        assertThat(score.ciLow()).isCloseTo(4.166, within(0.001));
        assertThat(score.ciHigh()).isCloseTo(95.834, within(0.001));
    }

    @Test
    void clipsTheIntervalToPlusOneHundred() {
        Score score = nps.score("all", codes("10 10 10 10 10"), NPS_0_10);

        // Plain: NPS 100 with SE 0, which Wald would report as an exact "100 ± 0".
        // Adjusted: P' = 5.75/8 = 0.71875, D' = 0.09375, NPS' = 0.625; Var' = 0.8125 − 0.390625 = 0.421875;
        // SE' = √(0.421875/8) = 0.229640; CI = 0.625 ± 0.450087 = 0.174913 … 1.075087 → 17.49 … 100 (clipped).
        assertThat(score.value()).isEqualTo(100.0);
        assertThat(score.ciLow()).isCloseTo(17.491, within(0.001));
        assertThat(score.ciHigh()).isEqualTo(100.0);
    }

    @Test
    void switchesToTheAdjustedIntervalNearPlusOneHundredEvenForALargeSample() {
        // 98 promoters and 2 passives: only 2 non-promoters, fewer than 5, so Wald (98 ± 2.7) is not trusted.
        int[] answers = IntStream.concat(repeat(10, 98), repeat(7, 2)).toArray();

        Score score = nps.score("all", answers, NPS_0_10);

        // P' = 98.75/103 = 0.958738, D' = 0.75/103 = 0.007282, NPS' = 0.951456; Var' = 0.966019 − 0.905269 = 0.060750;
        // SE' = √(0.060750/103) = 0.024286; CI = 0.951456 ± 0.047599 = 0.903857 … 0.999056 → 90.39 … 99.91.
        assertThat(score.value()).isCloseTo(98.0, within(1e-9));
        assertThat(score.ciLow()).isCloseTo(90.386, within(0.001));
        assertThat(score.ciHigh()).isCloseTo(99.906, within(0.001));
    }

    @Test
    void keepsTheReportedValueInsideTheIntervalForASingleAnswer() {
        Score score = nps.score("all", codes("10"), NPS_0_10);

        // Adjusted: NPS' = (1.75 − 0.75)/4 = 0.25, SE' = √(0.5625/4) = 0.375 → −48.50 … 98.50, widened to hold 100.
        assertThat(score.ciLow()).isCloseTo(-48.499, within(0.001));
        assertThat(score.ciHigh()).isEqualTo(100.0);
    }

    @Test
    void reportsNaNAndNoIntervalWhenThereAreNoAnswers() {
        Score score = nps.score("all", new int[0], NPS_0_10);

        assertThat(score.n()).isZero();
        assertThat(score.value()).isNaN();
        assertThat(score.ciLow()).isNaN();
        assertThat(score.ciHigh()).isNaN();
        assertThat(score.standardError()).isNaN();
    }

    @ParameterizedTest(name = "NPS on a {0}–{1} scale is refused")
    @CsvSource(textBlock = """
            1, 5
            1, 10
            0, 5
            1, 7
            """)
    void refusesQuestionsThatAreNotOnAZeroToTenScale(int min, int max) {
        Question question = question(MetricRole.NPS, min, max);

        assertThatThrownBy(() -> nps.score("all", codes("5 4 3"), question))
                .isInstanceOf(ScoreException.class)
                .hasMessageContaining("NPS needs a 0–10 question")
                .hasMessageContaining(min + "–" + max);
    }

    @Test
    void refusesALowerIsBetterZeroToTenQuestion() {
        assertThatThrownBy(() -> nps.requireScorable(Answers.reversed(MetricRole.NPS, 0, 10)))
                .isInstanceOf(ScoreException.class)
                .hasMessageContaining("lower-is-better");
    }

    @Test
    void scoresENpsWithTheSameArithmeticAndItsOwnName() {
        NpsCalculator enps = new NpsCalculator(Metric.ENPS);
        Question question = question(MetricRole.ENPS, 0, 10);
        int[] answers = codes("10 10 9 8 7 6 0");

        Score employee = enps.score("all", answers, question);

        // P = 3, D = 2 of 7 → 14.29, exactly as for customers.
        assertThat(employee).isEqualTo(nps.score("all", answers, NPS_0_10));
        assertThat(enps.definition(question)).startsWith("eNPS = % promoters (9–10) − % detractors (0–6)");
    }

    @Test
    void definesTheFigureAndItsIntervalInOneLine() {
        assertThat(nps.definition(NPS_0_10))
                .startsWith("NPS = % promoters (9–10) − % detractors (0–6) of valid 0–10 answers")
                .contains("adjusted Wald")
                .doesNotContain("\n");
    }
}
