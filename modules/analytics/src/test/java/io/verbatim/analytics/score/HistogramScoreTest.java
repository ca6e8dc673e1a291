package io.verbatim.analytics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.Variant;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A score from a histogram (the cube's way) equals the score from the same answers one code each. */
class HistogramScoreTest {

    @ParameterizedTest
    @CsvSource({"NPS, NET_SCORE, 0, 10", "CSAT, TOP_BOX_PERCENT, 1, 5", "CSAT, MEAN, 1, 5", "CES, MEAN, 1, 7"})
    void aHistogramScoresAsItsCodes(Metric metric, Variant variant, int min, int max) {
        Question question = new Question(role(metric), Scale.of(min, max), ScaleDirection.HIGHER_IS_BETTER);
        ScoreCalculator calculator = ScoreCalculator.of(metric, variant);
        Random random = new Random(7);
        long[] counts = new long[max - min + 1];
        int[] codes = new int[5_000];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = min + random.nextInt(counts.length);
            counts[codes[i] - min]++;
        }

        Score fromCodes = calculator.score("all", codes, question);
        Score fromCounts = calculator.score("all", min, counts, question);

        assertThat(fromCounts.n()).isEqualTo(fromCodes.n());
        assertThat(fromCounts.value()).isCloseTo(fromCodes.value(), within(1e-9));
        assertThat(fromCounts.standardError()).isCloseTo(fromCodes.standardError(), within(1e-9));
        assertThat(fromCounts.ciLow()).isCloseTo(fromCodes.ciLow(), within(1e-9));
        assertThat(fromCounts.ciHigh()).isCloseTo(fromCodes.ciHigh(), within(1e-9));
    }

    private static MetricRole role(Metric metric) {
        return metric.role();
    }
}
