package io.verbatim.text.sentiment;

import io.verbatim.text.lang.TextLanguage;
import java.util.Objects;

/**
 * What a sentiment model's features are: its language (which lexicon), {@code 2^bits} hash buckets, and whether
 * character n-grams of stems are added. Saved in the model file so a model is always read with the features it was
 * trained on.
 */
public record ModelSpec(TextLanguage language, int bits, boolean charGrams) {

    public ModelSpec {
        Objects.requireNonNull(language, "language");
        if (bits < 8 || bits > 26) {
            throw new IllegalArgumentException("bits must be 8..26: " + bits);
        }
    }

    /** The number of hash buckets. */
    public int buckets() {
        return 1 << bits;
    }

    /** A new feature extractor for this spec, with the shipped lexicon of its language. */
    public SentimentFeatures newFeatures() {
        return new SentimentFeatures(bits, charGrams, SentimentLexicon.shipped(language));
    }
}
