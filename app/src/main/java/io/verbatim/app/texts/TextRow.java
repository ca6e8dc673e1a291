package io.verbatim.app.texts;

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

    /** The same text with an analyst's label, or with the model's label back when {@code label} is null. */
    public TextRow withCorrection(String label, String modelLabel) {
        return label == null
                ? new TextRow(row, text, language, modelLabel, score, topic, false)
                : new TextRow(row, text, language, label, score, topic, true);
    }
}
