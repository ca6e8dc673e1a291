package io.verbatim.text.sentiment;

import io.verbatim.text.lang.TextLanguage;

/**
 * Positive, neutral or negative, with a score, for one customer text in Russian or English. The rest of Verbatim sees
 * sentiment only through this interface, so the model behind it can change without touching callers.
 *
 * <p>Implementations say whether an instance may be shared between threads.
 */
public interface SentimentClassifier {

    /**
     * The sentiment of a text.
     *
     * @param text the text; null or blank gives {@link Sentiment#NONE}
     * @param language the text's language; {@link TextLanguage#OTHER} is classified by the script of its letters
     *     (Cyrillic by the Russian model, Latin by the English one) and gives {@link Sentiment#NONE} when it has neither
     */
    Sentiment classify(String text, TextLanguage language);
}
