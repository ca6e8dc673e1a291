package io.verbatim.text.sentiment.train;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.LinearModel;
import io.verbatim.text.sentiment.ModelSpec;
import io.verbatim.text.sentiment.SoftmaxTrainer;
import io.verbatim.text.sentiment.data.SentimentDataSets;
import java.io.IOException;

/**
 * The recipe of the shipped sentiment models: which features each language uses and the trainer's settings. {@code
 * text train-sentiment} runs it; so does the determinism test.
 */
public final class ShippedTraining {

    /**
     * Russian: 2^16 buckets with character n-grams (many word forms, small training set). Fewer buckets than English:
     * CEDR is small, and a table that stays in the processor's cache classifies faster; 2^18 scored no better.
     */
    public static final ModelSpec RUSSIAN = new ModelSpec(TextLanguage.RU, 16, true);

    /** English: 2^17 buckets, words and pairs only. */
    public static final ModelSpec ENGLISH = new ModelSpec(TextLanguage.EN, 17, false);

    private static final long SEED = 20_261_207L;

    /** The weight of our own hand-written lexicon and seed sentences as training examples (see {@link SentimentTrainer}). */
    public static final float OWN_DATA = 2.0f;

    private ShippedTraining() {}

    /** The lexicon prior of a language's model (see {@link SentimentTrainer#lexiconPrior}). */
    public static float lexiconPrior(TextLanguage language) {
        return language == TextLanguage.RU ? 2.0f : 0.0f;
    }

    /** The spec of a language's shipped model. */
    public static ModelSpec spec(TextLanguage language) {
        return language == TextLanguage.RU ? RUSSIAN : ENGLISH;
    }

    /**
     * The trainer of a language: Russian 8 epochs at step 0.2; English, with three times the data, 6 at 0.15. The L2
     * penalty is 1e-6 and the seed 20261207 for both.
     */
    public static SoftmaxTrainer trainer(TextLanguage language) {
        return language == TextLanguage.RU
                ? new SoftmaxTrainer(8, 0.2, 1e-6, SEED)
                : new SoftmaxTrainer(6, 0.15, 1e-6, SEED);
    }

    /** Trains a language's model on its permissive training split, offsets tuned on its development split. */
    public static LinearModel train(SentimentDataSets sets, TextLanguage language) throws IOException {
        SoftmaxTrainer trainer = trainer(language);
        LanguageSplits splits = LanguageSplits.of(sets, language);
        return new SentimentTrainer(trainer, lexiconPrior(language), OWN_DATA)
                .train(spec(language), splits.train(), splits.dev());
    }
}
