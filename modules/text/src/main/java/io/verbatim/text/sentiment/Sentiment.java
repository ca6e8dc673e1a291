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

    /** An analyst's verdict, which is certain: score +1 for positive, 0 for neutral, -1 for negative. */
    public static Sentiment certain(SentimentLabel label) {
        return switch (label) {
            case POSITIVE -> new Sentiment(label, 1.0);
            case NEUTRAL -> new Sentiment(label, 0.0);
            case NEGATIVE -> new Sentiment(label, -1.0);
        };
    }

    /**
     * The score as the {@code sentiment_score} column writes it: three decimals ({@code -0.125}, {@code 0.900}),
     * never in exponent notation and never {@code -0.000}; written by hand because {@code String.format} is slow at
     * tens of thousands of texts a second.
     */
    public String scoreText() {
        long thousandths = Math.round(score * 1000);
        StringBuilder text = new StringBuilder(6);
        if (thousandths < 0) {
            text.append('-');
            thousandths = -thousandths;
        }
        text.append(thousandths / 1000).append('.');
        long fraction = thousandths % 1000;
        if (fraction < 100) {
            text.append('0');
        }
        if (fraction < 10) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }
}
