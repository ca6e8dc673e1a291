package io.verbatim.text.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.LinearModel;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.ModelSpec;
import io.verbatim.text.sentiment.SentimentLabel;
import io.verbatim.text.sentiment.SentimentModels;
import io.verbatim.text.sentiment.SharedSentimentData;
import io.verbatim.text.sentiment.SoftmaxTrainer;
import io.verbatim.text.sentiment.data.LabeledText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingDeterminismTest {

    private static final ModelSpec SPEC = new ModelSpec(TextLanguage.RU, 16, true);

    @Test
    void theSameDataAndSeedGiveTheSameModelAndPredictions() throws IOException {
        LanguageSplits splits = LanguageSplits.of(SharedSentimentData.require(), TextLanguage.RU);
        List<LabeledText> train = splits.train().subList(0, 2_000);
        List<LabeledText> dev = splits.dev().subList(0, 300);
        SoftmaxTrainer trainer = new SoftmaxTrainer(3, 0.2, 1e-6, 11);
        LinearModel first = new SentimentTrainer(trainer, 2f, 1f).train(SPEC, train, dev);
        LinearModel second = new SentimentTrainer(trainer, 2f, 1f).train(SPEC, train, dev);
        LinearModel otherSeed = new SentimentTrainer(trainer.withSeed(12), 2f, 1f).train(SPEC, train, dev);
        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        List<LabeledText> test = splits.tests().get("ru_cedr_emotions").subList(0, 300);
        assertThat(predictions(first, test)).isEqualTo(predictions(second, test));
    }

    private static List<SentimentLabel> predictions(LinearModel russian, List<LabeledText> rows) {
        ModelSentimentClassifier classifier =
                new ModelSentimentClassifier(russian, SentimentModels.shippedModel(TextLanguage.EN));
        List<SentimentLabel> labels = new ArrayList<>();
        for (LabeledText row : rows) {
            labels.add(classifier.classify(row.text(), TextLanguage.RU).label());
        }
        return labels;
    }
}
