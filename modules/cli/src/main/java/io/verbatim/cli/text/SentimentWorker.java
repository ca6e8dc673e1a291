package io.verbatim.cli.text;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.Sentiment;
import io.verbatim.text.sentiment.brand.BrandSentiment;
import java.util.Arrays;
import java.util.List;

/** One thread's share of a block: its own classifier (and brand matcher), since those keep per-text state. */
final class SentimentWorker {

    private final ModelSentimentClassifier classifier;
    private final LanguageChoice language;
    private final BrandSentiment brand;

    SentimentWorker(ModelSentimentClassifier classifier, LanguageChoice language, BrandSentiment brand) {
        this.classifier = classifier;
        this.language = language;
        this.brand = brand;
    }

    /** Fills {@code results[from..to)} with the added cells of each row. */
    void classify(List<CsvRecord> block, int column, int from, int to, String[][] results) {
        for (int r = from; r < to; r++) {
            CsvRecord record = block.get(r);
            String text = column < record.getFieldCount() ? record.getField(column) : "";
            if (text.isBlank()) {
                // No text, no verdict: blank cells, so a blank answer is never counted as a neutral one.
                results[r] = new String[brand == null ? 3 : 5];
                Arrays.fill(results[r], "");
                continue;
            }
            TextLanguage lang = language.of(text);
            Sentiment sentiment = classifier.classify(text, lang);
            String[] cells = new String[brand == null ? 3 : 5];
            cells[0] = lang.wireName();
            cells[1] = sentiment.label().wireName();
            cells[2] = sentiment.scoreText();
            if (brand != null) {
                Sentiment about = brand.of(text, lang, classifier);
                cells[3] = about == null ? "" : about.label().wireName();
                cells[4] = about == null ? "" : about.scoreText();
            }
            results[r] = cells;
        }
    }
}
