package io.verbatim.text.sentiment;

import io.verbatim.text.lang.TextLanguage;
import java.util.Objects;

/**
 * The {@link SentimentClassifier} over a Russian and an English {@link LinearModel}. The label is the class of highest
 * probability (offsets included); the score is P(positive) - P(negative).
 *
 * <p>For {@link TextLanguage#OTHER} the script decides: a text with more Cyrillic than Latin letters goes to the Russian
 * model, one with Latin letters to the English model, and a text with neither (digits, emoji only, Chinese)
 * gets {@link Sentiment#NONE}.
 *
 * <p>Not thread-safe (feature extraction keeps state): use one instance per thread; {@link #copy()} makes another that
 * shares the immutable models.
 */
public final class ModelSentimentClassifier implements SentimentClassifier {

    private final LinearModel russian;
    private final LinearModel english;
    private final SentimentFeatures russianFeatures;
    private final SentimentFeatures englishFeatures;
    private final FeatureVector vector = new FeatureVector();
    private final double[] probabilities = new double[LinearModel.CLASSES];

    public ModelSentimentClassifier(LinearModel russian, LinearModel english) {
        this.russian = Objects.requireNonNull(russian, "russian");
        this.english = Objects.requireNonNull(english, "english");
        this.russianFeatures = russian.spec().newFeatures();
        this.englishFeatures = english.spec().newFeatures();
    }

    /** Another classifier over the same models, for another thread. */
    public ModelSentimentClassifier copy() {
        return new ModelSentimentClassifier(russian, english);
    }

    public LinearModel russian() {
        return russian;
    }

    public LinearModel english() {
        return english;
    }

    @Override
    public Sentiment classify(String text, TextLanguage language) {
        if (text == null || text.isBlank()) {
            return Sentiment.NONE;
        }
        TextLanguage model = language == TextLanguage.OTHER ? byScript(text) : language;
        return switch (model) {
            case RU -> classify(text, russian, russianFeatures);
            case EN -> classify(text, english, englishFeatures);
            case OTHER -> Sentiment.NONE;
        };
    }

    /** The three class probabilities of a text under one language's model (negative, neutral, positive). */
    public double[] probabilities(String text, TextLanguage language) {
        LinearModel model = language == TextLanguage.RU ? russian : english;
        SentimentFeatures features = language == TextLanguage.RU ? russianFeatures : englishFeatures;
        features.extract(text, vector);
        double[] out = new double[LinearModel.CLASSES];
        model.probabilities(vector, out);
        return out;
    }

    private Sentiment classify(String text, LinearModel model, SentimentFeatures features) {
        features.extract(text, vector);
        if (vector.size() == 0) {
            return Sentiment.NONE;
        }
        model.probabilities(vector, probabilities);
        int best = 0;
        for (int c = 1; c < LinearModel.CLASSES; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        double score = probabilities[SentimentLabel.POSITIVE.index()] - probabilities[SentimentLabel.NEGATIVE.index()];
        return new Sentiment(SentimentLabel.ofIndex(best), Math.max(-1.0, Math.min(1.0, score)));
    }

    /** RU for more Cyrillic than Latin letters, EN for any Latin letters otherwise, else OTHER. */
    public static TextLanguage byScript(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            } else if (c >= 'Ѐ' && c <= 'ӿ') {
                cyrillic++;
            }
        }
        if (cyrillic > latin) {
            return TextLanguage.RU;
        }
        return latin > 0 ? TextLanguage.EN : TextLanguage.OTHER;
    }
}
