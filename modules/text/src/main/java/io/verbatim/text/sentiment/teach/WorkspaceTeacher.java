package io.verbatim.text.sentiment.teach;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.LinearModel;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.SentimentFeatures;
import io.verbatim.text.sentiment.SoftmaxTrainer;
import io.verbatim.text.sentiment.TrainingExample;
import io.verbatim.text.sentiment.data.LabeledText;
import io.verbatim.text.sentiment.train.SentimentTrainer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * "Teach it": adapts a sentiment model to an analyst's {@link CorrectionSet} on a laptop that has none of the training
 * data. Training continues from the model's own weights over the {@link AnchorSample} shipped beside it (1,500
 * permissive training texts and our seed sentences, weight 1) and the corrections (a heavier weight each, so a team's
 * vocabulary wins where it speaks), and only the features that occur in the corrections may change: a word only the
 * team uses ("фича") moves freely, a common word in a correction ("приложение") is held near where the anchors keep
 * it, and everything else, biases and tuned offsets included, stays as it was.
 *
 * <p>Deterministic: same model, anchors and corrections give the same workspace model.
 */
public final class WorkspaceTeacher {

    /** How much one correction weighs against one anchor text. */
    public static final float CORRECTION_WEIGHT = 10f;

    /** Adaptation: 8 passes at a large step, since only the corrections' own features move. */
    private static final SoftmaxTrainer ADAPTATION = new SoftmaxTrainer(8, 1.0, 1e-6, 20_261_207L);

    private WorkspaceTeacher() {}

    /** The classifier of both languages adapted to the corrections (a language without corrections is unchanged). */
    public static ModelSentimentClassifier teach(ModelSentimentClassifier base, CorrectionSet corrections) {
        return new ModelSentimentClassifier(
                teach(base.russian(), corrections.of(TextLanguage.RU)),
                teach(base.english(), corrections.of(TextLanguage.EN)));
    }

    /** One language's model adapted to its corrections, or the model itself when there are none. */
    public static LinearModel teach(LinearModel base, List<LabeledText> corrections) {
        if (corrections.isEmpty()) {
            return base;
        }
        SentimentFeatures features = base.spec().newFeatures();
        List<TrainingExample> taught = SentimentTrainer.examples(features, corrections, CORRECTION_WEIGHT);
        BitSet trainable = new BitSet(base.spec().buckets());
        for (TrainingExample example : taught) {
            for (int bucket : example.indices()) {
                trainable.set(bucket);
            }
        }
        List<TrainingExample> examples = new ArrayList<>(
                SentimentTrainer.examples(features, AnchorSample.of(base.spec().language()), 1f));
        examples.addAll(taught);
        LinearModel adapted = ADAPTATION.train(base.spec(), examples, base.weightsCopy(), base.biasCopy(), trainable);
        return adapted.withOffsets(base.offsetsCopy());
    }
}
