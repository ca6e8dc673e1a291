package io.verbatim.text.sentiment.data;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.SentimentLabel;
import java.util.Objects;

/** A text with its sentiment class and language, one row of a training or evaluation set. */
public record LabeledText(String text, SentimentLabel label, TextLanguage language) {

    public LabeledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(language, "language");
    }
}
