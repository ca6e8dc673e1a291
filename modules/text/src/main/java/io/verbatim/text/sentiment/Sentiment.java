package io.verbatim.text.sentiment;

import java.util.Objects;

/**
 * The sentiment of one text: its class and a score in [-1, 1], P(positive) - P(negative), so that -1 is surely
 * negative, +1 surely positive and 0 either neutral or undecided.
 */
public record Sentiment(SentimentLabel label, double score) {

    /** The answer for a text without words to judge (empty, or in a language no model reads). */
    public static final Sentiment NONE = new Sentiment(SentimentLabel.NEUTRAL, 0.0);

    public Sentiment {
        Objects.requireNonNull(label, "label");
        if (!(score >= -1.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score outside [-1, 1]: " + score);
        }
    }
}
