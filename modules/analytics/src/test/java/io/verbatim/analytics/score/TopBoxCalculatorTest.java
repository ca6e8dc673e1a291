package io.verbatim.analytics.score;

import static io.verbatim.analytics.score.Answers.codes;
import static io.verbatim.analytics.score.Answers.question;
import static io.verbatim.analytics.score.Answers.reversed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopBoxCalculatorTest {

    private final TopBoxCalculator csat = new TopBoxCalculator(Metric.CSAT);
    private final TopBoxCalculator ces = new TopBoxCalculator(Metric.CES);

    @ParameterizedTest(name = "[{index}] CSAT {0} on {1}–{2}: n = {4}, {5}%")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # codes              | min | max | reversed | n  | top-box % | why
            5 4 4 3 2 1 5 4 3 5  | 1   | 5   | false    | 10 | 60.0      | 4–5: 5,4,4,5,4,5 = 6 of 10
            7 6 5 4 7 1 2 6      | 1   | 7   | false    |  8 | 50.0      | 6–7: 7,6,7,6 = 4 of 8
            5 5 6 0 3            | 1   | 5   | false    |  3 | 66.67     | 6 and 0 are outside 1–5: 5,5 of 5,5,3
            1 2 2 3 5            | 1   | 5   | true     |  5 | 60.0      | lower is better, so 1–2: 1,2,2 = 3 of 5
            2 1 2 2              | 1   | 2   | false    |  4 | 75.0      | Good/Bad: only 2 = Good; 3 of 4
            """)
    void scoresCsatAsTheShareInTheTopTwoBoxes(
            String answers, int min, int max, boolean isReversed, long n, double expected, String why) {
        Question question = isReversed ? reversed(MetricRole.CSAT, min, max) : question(MetricRole.CSAT, min, max);

        Score score = csat.score("all", codes(answers), question);

        assertThat(score.n()).as(why).isEqualTo(n);
        assertThat(score.value()).as(why).isCloseTo(expected, within(0.01));
    }

    @ParameterizedTest(name = "[{index}] CES % agree {0} on {1}–{2}: {5}%")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # codes              | min | max | reversed | n  | agree % | why
            7 6 5 4 3 2 1 5      | 1   | 7   | false    |  8 | 50.0    | 5–7: 7,6,5,5 = 4 of 8 (4 is neutral)
            5 4 3 2 1            | 1   | 5   | false    |  5 | 40.0    | 4–5: 5,4 = 2 of 5
            1 2 3 4 5 6 7 1      | 1   | 7   | true     |  8 | 50.0    | 1 = very easy, so 1–3: 1,2,3,1 = 4 of 8
            1 2 3 4 5            | 1   | 5   | true     |  5 | 40.0    | reversed 1–5: 1–2 = 2 of 5
            """)
    void scoresCesAgreementAboveTheMidpointOnEitherDirection(
            String answers, int min, int max, boolean isReversed, long n, double expected, String why) {
        Question question = isReversed ? reversed(MetricRole.CES, min, max) : question(MetricRole.CES, min, max);

        Score score = ces.score("all", codes(answers), question);

        assertThat(score.n()).as(why).isEqualTo(n);
        assertThat(score.value()).as(why).isCloseTo(expected, within(0.01));
    }

    @Test
    void givesAWilsonIntervalComputedByHand() {
        Score score = csat.score("all", codes("5 4 4 3 2 1 5 4 3 5"), question(MetricRole.CSAT, 1, 5));

        // x = 6, n = 10, p = 0.6, z = 1.959964, z² = 3.841459.
        // denominator = 1 + z²/n = 1.384146; centre = (0.6 + z²/20) / 1.384146 = 0.792073 / 1.384146 = 0.572246;
        // half = z / 1.384146 × √(0.6 × 0.4/10 + z²/400) = 1.416008 × √0.033604 = 0.259573;
        // CI = 0.312674 … 0.831820 → 31.27% … 83.18% (Wald would give 29.6 … 90.4, symmetric and too wide at the top).
        assertThat(score.ciLow()).isCloseTo(31.267, within(0.001));
        assertThat(score.ciHigh()).isCloseTo(83.182, within(0.001));
        // SE = √(0.6 × 0.4 / 10) = 0.154919 → 15.49 points, the figure a pooled test would not need but charts show.
        assertThat(score.standardError()).isCloseTo(15.492, within(0.001));
    }

    @Test
    void keepsAWilsonIntervalAwayFromZeroWidthWhenNobodyIsSatisfied() {
        Score score = csat.score("all", codes("1 2 3 1 2"), question(MetricRole.CSAT, 1, 5));

        // x = 0, n = 5: centre = (z²/10) / (1 + z²/5) = 0.384146 / 1.768292 = 0.217241 = half; CI 0 … 43.45%.
        assertThat(score.value()).isZero();
        assertThat(score.ciLow()).isCloseTo(0.0, within(1e-9));
        assertThat(score.ciHigh()).isCloseTo(43.448, within(0.001));
    }

    @Test
    void reportsNaNWhenThereAreNoAnswers() {
        Score score = csat.score("all", codes(""), question(MetricRole.CSAT, 1, 5));

        assertThat(score.n()).isZero();
        assertThat(score.value()).isNaN();
        assertThat(score.margin()).isNaN();
    }

    @Test
    void labelsTheTopBoxVariantAndWhichBoxesCount() {
        assertThat(csat.definition(question(MetricRole.CSAT, 1, 5)))
                .isEqualTo("CSAT (top-box %) = % of valid 1–5 answers in 4–5; 95% CI Wilson");
        assertThat(csat.definition(question(MetricRole.CSAT, 1, 7))).contains("in 6–7");
        assertThat(ces.definition(reversed(MetricRole.CES, 1, 7)))
                .isEqualTo("CES (% agree) = % of valid 1–7 answers in 1–3, lower is better; 95% CI Wilson");
    }
}
