package io.verbatim.cli.text;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@code text sentiment} run did: rows, rows with a blank text, non-blank texts per class and per language, the
 * input's character set, and the speed (rows per second over reading, classifying and writing, after the models were
 * loaded).
 */
public record SentimentSummary(
        int rows,
        int blank,
        Map<String, Integer> sentiments,
        Map<String, Integer> languages,
        String charset,
        double seconds) {

    /** Texts per second. */
    public double textsPerSecond() {
        return seconds > 0 ? rows / seconds : 0;
    }

    /** Counts rows as they are written. */
    static final class Counter {

        private final Map<String, Integer> sentiments = new LinkedHashMap<>();
        private final Map<String, Integer> languages = new LinkedHashMap<>();
        private int rows;
        private int blank;

        Counter() {
            for (String label : new String[] {"positive", "neutral", "negative"}) {
                sentiments.put(label, 0);
            }
            for (String language : new String[] {"ru", "en", "other"}) {
                languages.put(language, 0);
            }
        }

        void add(String language, String sentiment) {
            rows++;
            if (sentiment.isEmpty()) {
                blank++;
                return;
            }
            languages.merge(language, 1, Integer::sum);
            sentiments.merge(sentiment, 1, Integer::sum);
        }

        SentimentSummary summary(Charset charset, double seconds) {
            return new SentimentSummary(
                    rows,
                    blank,
                    Collections.unmodifiableMap(new LinkedHashMap<>(sentiments)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(languages)),
                    charset.name(),
                    seconds);
        }
    }
}
