package io.verbatim.text.sentiment.train;

import io.verbatim.text.sentiment.FeatureVector;
import io.verbatim.text.sentiment.LinearModel;
import io.verbatim.text.sentiment.ModelSpec;
import io.verbatim.text.sentiment.SentimentFeatures;
import io.verbatim.text.sentiment.SentimentLabel;
import io.verbatim.text.sentiment.SentimentLexicon;
import io.verbatim.text.sentiment.SoftmaxTrainer;
import io.verbatim.text.sentiment.TrainingExample;
import io.verbatim.text.sentiment.data.LabeledText;
import io.verbatim.text.sentiment.data.SeedSentences;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains one language's sentiment model: features of the training rows, logistic regression (the average of
 * {@value #ENSEMBLE} runs with consecutive seeds), then class offsets tuned
 * on the development rows for the best macro-F1 (a grid over the neutral and positive offsets, the negative one fixed
 * at zero). Deterministic for a given seed.
 */
public final class SentimentTrainer {

    private static final double OFFSET_RANGE = 1.5;
    private static final double OFFSET_STEP = 0.1;

    /**
     * Models averaged into one, each trained with the next seed: the average of a few shufflings is steadier than any one
     * of them (and, being linear, is one model of the same size).
     */
    static final int ENSEMBLE = 5;

    private final SoftmaxTrainer trainer;
    private final float lexiconPrior;

    private final float ownData;

    /**
     * @param lexiconPrior the starting weight of a lexicon hit for its side (and against the other); 0 for none
     * @param ownData the weight of our own hand-written data as training examples: each lexicon entry as a one-phrase
     *     text of its side, and the {@link SeedSentences}; 0 for none
     */
    public SentimentTrainer(SoftmaxTrainer trainer, float lexiconPrior, float ownData) {
        this.trainer = trainer;
        this.lexiconPrior = lexiconPrior;
        this.ownData = ownData;
    }

    /**
     * The lexicon's entries as short training texts ("вежливый" positive, "верните деньги" negative): they teach the
     * word features customer vocabulary the training sets lack, not only the hit counters.
     */
    static List<TrainingExample> lexiconExamples(SentimentFeatures features, SentimentLexicon lexicon, float weight) {
        List<TrainingExample> examples = new ArrayList<>();
        FeatureVector vector = new FeatureVector();
        for (SentimentLexicon.Entry entry : lexicon.entries()) {
            features.extract(entry.phrase(), vector);
            SentimentLabel label = entry.polarity() > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
            examples.add(TrainingExample.of(vector, label, weight));
        }
        return examples;
    }

    /** The model of a spec trained on {@code train}, offsets tuned on {@code dev} (none when dev is empty). */
    public LinearModel train(ModelSpec spec, List<LabeledText> train, List<LabeledText> dev) {
        SentimentFeatures features = spec.newFeatures();
        List<TrainingExample> examples = new ArrayList<>(examples(features, train, 1f));
        if (ownData > 0) {
            examples.addAll(lexiconExamples(features, SentimentLexicon.shipped(spec.language()), ownData));
            examples.addAll(examples(features, SeedSentences.of(spec.language()), ownData));
        }
        float[] prior = lexiconPrior(spec, features, lexiconPrior);
        float[] weights = new float[prior.length];
        double[] bias = new double[LinearModel.CLASSES];
        for (int member = 0; member < ENSEMBLE; member++) {
            LinearModel one = trainer.withSeed(trainer.seed() + member)
                    .train(spec, examples, prior, new double[LinearModel.CLASSES]);
            float[] w = one.weightsCopy();
            double[] b = one.biasCopy();
            for (int k = 0; k < w.length; k++) {
                weights[k] += w[k] / ENSEMBLE;
            }
            for (int c = 0; c < LinearModel.CLASSES; c++) {
                bias[c] += b[c] / ENSEMBLE;
            }
        }
        for (int k = 0; k < weights.length; k++) {
            weights[k] = Float.float16ToFloat(Float.floatToFloat16(weights[k]));
        }
        LinearModel model = new LinearModel(spec, weights, bias, new double[LinearModel.CLASSES]);
        return dev.isEmpty() ? model : model.withOffsets(tuneOffsets(model, features, dev));
    }

    /**
     * Starting weights with the lexicon's prior: a positive hit votes {@code prior} for positive and against negative, a
     * negative hit the other way round; training then moves them as the data says.
     */
    public static float[] lexiconPrior(ModelSpec spec, SentimentFeatures features, float prior) {
        float[] weights = new float[spec.buckets() * LinearModel.CLASSES];
        int positive = features.lexiconBucket(SentimentLabel.POSITIVE) * LinearModel.CLASSES;
        int negative = features.lexiconBucket(SentimentLabel.NEGATIVE) * LinearModel.CLASSES;
        weights[positive + SentimentLabel.POSITIVE.index()] = prior;
        weights[positive + SentimentLabel.NEGATIVE.index()] = -prior;
        weights[negative + SentimentLabel.NEGATIVE.index()] = prior;
        weights[negative + SentimentLabel.POSITIVE.index()] = -prior;
        return weights;
    }

    /** The training examples of labelled texts, each with the given weight. */
    public static List<TrainingExample> examples(SentimentFeatures features, List<LabeledText> rows, float weight) {
        List<TrainingExample> examples = new ArrayList<>(rows.size());
        FeatureVector vector = new FeatureVector();
        for (LabeledText row : rows) {
            features.extract(row.text(), vector);
            examples.add(TrainingExample.of(vector, row.label(), weight));
        }
        return examples;
    }

    /** The offsets (negative, neutral, positive) that give the best macro-F1 on the development rows. */
    static double[] tuneOffsets(LinearModel model, SentimentFeatures features, List<LabeledText> dev) {
        FeatureVector vector = new FeatureVector();
        double[][] logits = new double[dev.size()][LinearModel.CLASSES];
        List<SentimentLabel> gold = new ArrayList<>(dev.size());
        for (int i = 0; i < dev.size(); i++) {
            features.extract(dev.get(i).text(), vector);
            model.logits(vector, logits[i]);
            gold.add(dev.get(i).label());
        }
        double[] best = new double[LinearModel.CLASSES];
        double bestScore = -1;
        int steps = (int) Math.round(OFFSET_RANGE / OFFSET_STEP);
        List<SentimentLabel> predicted = new ArrayList<>(dev.size());
        for (int n = -steps; n <= steps; n++) {
            for (int p = -steps; p <= steps; p++) {
                double neutral = n * OFFSET_STEP;
                double positive = p * OFFSET_STEP;
                predicted.clear();
                for (double[] row : logits) {
                    predicted.add(argmax(row[0], row[1] + neutral, row[2] + positive));
                }
                double score = MacroF1.of(gold, predicted);
                double size = Math.abs(neutral) + Math.abs(positive);
                double bestSize = Math.abs(best[1]) + Math.abs(best[2]);
                if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && size < bestSize)) {
                    bestScore = score;
                    best = new double[] {0, neutral, positive};
                }
            }
        }
        return best;
    }

    private static SentimentLabel argmax(double negative, double neutral, double positive) {
        if (negative >= neutral && negative >= positive) {
            return SentimentLabel.NEGATIVE;
        }
        return neutral >= positive ? SentimentLabel.NEUTRAL : SentimentLabel.POSITIVE;
    }
}
