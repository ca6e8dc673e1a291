package io.verbatim.text.sentiment.brand;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.Sentiment;
import io.verbatim.text.sentiment.SentimentClassifier;
import io.verbatim.text.token.WordStemmer;
import io.verbatim.text.token.WordTokenizer;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sentiment of a text toward a brand: only the sentences ({@link BreakIterator}) that name the brand are judged,
 * and inside a sentence only the clauses that name it, where a clause ends at a semicolon or before a contrasting
 * conjunction ({@code но, однако, зато, а, but, however, although, though, whereas}). So in "Доставка ужасная, но Озон
 * вернул деньги быстро" the brand's sentiment comes from "Озон вернул деньги быстро". A name matches on stems, any
 * case ({@code Озона} is {@code Озон}); names of several words match as consecutive stems; aliases are other names.
 *
 * <p>Not thread-safe (the stemmer keeps state): use one per thread; {@link #copy()} makes another.
 */
public final class BrandSentiment {

    private static final Pattern CLAUSE =
            Pattern.compile("(?iu);|,?\\s+(?=(?:но|однако|зато|а|but|however|although|though|whereas)\\s)");

    private final List<String> names;
    private final List<List<String>> nameStems = new ArrayList<>();
    private final WordStemmer stemmer = new WordStemmer();

    /**
     * @param names the brand's name and aliases, e.g. {@code Озон, Ozon}
     * @throws IllegalArgumentException when no name has a word
     */
    public BrandSentiment(List<String> names) {
        this.names = List.copyOf(names);
        for (String name : names) {
            List<String> stems = stems(name);
            if (!stems.isEmpty()) {
                nameStems.add(stems);
            }
        }
        if (nameStems.isEmpty()) {
            throw new IllegalArgumentException("a brand needs a name with letters or digits: " + names);
        }
    }

    /** Another instance for the same names, for another thread. */
    public BrandSentiment copy() {
        return new BrandSentiment(names);
    }

    /** True when the text names the brand. */
    public boolean mentions(String text) {
        return text != null && names(stems(text));
    }

    /**
     * The sentiment toward the brand, or null when the text does not name it.
     *
     * @param classifier judges the clauses that name the brand, joined
     */
    public Sentiment of(String text, TextLanguage language, SentimentClassifier classifier) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder about = new StringBuilder();
        BreakIterator sentences = BreakIterator.getSentenceInstance(
                language == TextLanguage.EN ? Locale.ENGLISH : Locale.forLanguageTag("ru"));
        sentences.setText(text);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String sentence = text.substring(start, end);
            if (!mentions(sentence)) {
                continue;
            }
            for (String clause : CLAUSE.split(sentence)) {
                if (mentions(clause)) {
                    about.append(clause.strip()).append(' ');
                }
            }
        }
        return about.isEmpty() ? null : classifier.classify(about.toString().strip(), language);
    }

    private boolean names(List<String> stems) {
        for (List<String> name : nameStems) {
            for (int i = 0; i + name.size() <= stems.size(); i++) {
                if (stems.subList(i, i + name.size()).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        for (String word : WordTokenizer.words(text)) {
            stems.add(stemmer.stem(word));
        }
        return stems;
    }
}
