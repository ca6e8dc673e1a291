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

class MeanCalculatorTest {

    private final MeanCalculator csatMean = new MeanCalculator(Metric.CSAT);
    private final MeanCalculator ces = new MeanCalculator(Metric.CES);

    @ParameterizedTest(name = "[{index}] mean of {0} on {1}–{2} is {4}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # codes                 | min | max | n | mean  | SE       | why
            1 2 3 4 5               | 1   | 5   | 5 | 3.0   | 0.707107 | s² = (4+1+0+1+4)/4 = 2.5; SE = √(2.5/5)
            7 6 6 5 7 4 6 5         | 1   | 7   | 8 | 5.75  | 0.365963 | Σ(x−5.75)² = 7.5; s² = 7.5/7; SE = √(1.071429/8)
            5 5 0 9 4               | 1   | 5   | 3 | 4.667 | 0.333333 | 0 and 9 are outside; s² = (1/9+1/9+4/9)/2 = 1/3; SE = √(1/9)
            4 4 4                   | 1   | 5   | 3 | 4.0   | 0.0      | no spread: SE 0
            """)
    void computesTheMeanAndStandardErrorOfValidAnswers(
            String answers, int min, int max, long n, double mean, double standardError, String why) {
        Score score = csatMean.score("all", codes(answers), question(MetricRole.CSAT, min, max));

        assertThat(score.n()).as(why).isEqualTo(n);
        assertThat(score.value()).as(why).isCloseTo(mean, within(0.001));
        assertThat(score.standardError()).as(why).isCloseTo(standardError, within(1e-6));
    }

    @Test
    void givesAStudentTIntervalComputedByHand() {
        Score score = csatMean.score("all", codes("1 2 3 4 5"), question(MetricRole.CSAT, 1, 5));

        // mean 3, SE = 0.707107, df = 4, t(0.975, 4) = 2.776 (table) → 3 ± 1.963 = 1.037 … 4.963.
        assertThat(score.ciLow()).isCloseTo(1.037, within(0.001));
        assertThat(score.ciHigh()).isCloseTo(4.963, within(0.001));
    }

    @Test
    void givesACesMeanIntervalOnASevenPointScale() {
        Score score = ces.score("all", codes("7 6 6 5 7 4 6 5"), question(MetricRole.CES, 1, 7));

        // mean 5.75, SE = 0.365963, df = 7, t(0.975, 7) = 2.365 (table) → 5.75 ± 0.8655 = 4.8845 … 6.6155.
        assertThat(score.ciLow()).isCloseTo(4.8845, within(0.001));
        assertThat(score.ciHigh()).isCloseTo(6.6155, within(0.001));
    }

    @Test
    void clipsTheIntervalToTheScale() {
        Score score = csatMean.score("all", codes("5 5 4"), question(MetricRole.CSAT, 1, 5));

        // mean 4.667, s² = 1/3, SE = 0.333333, t(0.975, 2) = 4.303 → 3.232 … 6.101, clipped to 5.
        assertThat(score.ciLow()).isCloseTo(3.232, within(0.001));
        assertThat(score.ciHigh()).isEqualTo(5.0);
    }

    @Test
    void hasNoIntervalForASingleAnswerAndNaNForNone() {
        Question question = question(MetricRole.CES, 1, 7);

        Score one = ces.score("all", codes("6"), question);
        Score none = ces.score("all", codes(""), question);

        assertThat(one.value()).isEqualTo(6.0);
        assertThat(one.ciLow()).isNaN();
        assertThat(one.standardError()).isNaN();
        assertThat(none.n()).isZero();
        assertThat(none.value()).isNaN();
    }

    @Test
    void keepsTheRawMeanOfAReversedEffortScaleAndSaysSo() {
        Question effort = reversed(MetricRole.CES, 1, 7);

        Score score = ces.score("all", codes("1 2 2 3"), effort);

        // (1 + 2 + 2 + 3) / 4 = 2.0, not flipped to 6.0.
        assertThat(score.value()).isEqualTo(2.0);
        assertThat(ces.definition(effort))
                .isEqualTo("CES (mean) = mean of valid 1–7 answers (1 = best, raw mean of a reversed scale);"
                        + " 95% CI Student t");
    }

    @Test
    void labelsTheMeanVariantSoItIsNotMistakenForTopBox() {
        assertThat(csatMean.definition(question(MetricRole.CSAT, 1, 5)))
                .isEqualTo("CSAT (mean) = mean of valid 1–5 answers (5 = best); 95% CI Student t");
    }
}
