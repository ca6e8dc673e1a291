package io.verbatim.text.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.text.sentiment.SentimentModels;
import io.verbatim.text.sentiment.SharedSentimentData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped models against the TF-IDF baseline on held-out slices (skipped without ../shared/data). */
class ShippedModelQualityTest {

    @Test
    void shippedModelsBeatTheBaselineOnEveryHeldOutSet() throws IOException {
        List<EvaluationRow> rows =
                new SentimentEvaluation(SharedSentimentData.require()).evaluate(SentimentModels.shipped(), 1_500);
        assertThat(rows).hasSize(6);
        for (EvaluationRow row : rows) {
            assertThat(row.n()).as(row.dataSet()).isGreaterThan(300);
            assertThat(row.modelF1()).as(row.dataSet()).isGreaterThan(row.baselineF1());
        }
        EvaluationRow cedr = rows.getFirst();
        assertThat(cedr.dataSet()).isEqualTo("ru_cedr_emotions");
        assertThat(cedr.modelF1()).isGreaterThan(0.7);
    }
}
