package io.verbatim.app.texts;

import io.verbatim.text.sentiment.Sentiment;
import io.verbatim.text.sentiment.SentimentLabel;

/**
 * One text of the texts table, with what enrichment and the analysts said of it.
 *
 * @param row the dataset row
 * @param text the text
 * @param language ru, en, other, or blank before analysis
 * @param sentiment positive, neutral, negative, or blank before analysis
 * @param score the sentiment score in [-1, 1] as stored, or blank
 * @param topic the topic label, or blank
 * @param corrected whether the sentiment is an analyst's correction
 */
public record TextRow(
        int row, String text, String language, String sentiment, String score, String topic, boolean corrected) {

    /** The same text with an analyst's label, whose score is certain: +1, 0 or -1. */
    public TextRow corrected(String label) {
        String certain = Sentiment.certain(SentimentLabel.fromWire(label)).scoreText();
        return new TextRow(row, text, language, label, certain, topic, true);
    }
}
