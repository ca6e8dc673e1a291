package io.verbatim.text.sentiment;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.token.WordStemmer;
import io.verbatim.text.token.WordTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hand-written list of positive and negative customer words and phrases ({@code спасибо}, {@code не работает},
 * {@code верните деньги}; {@code helpful}, {@code waste of money}) in one language, matched on stems. The models learn
 * from news, blogs and clothing reviews; the lexicon carries what those sets rarely say but customers often do, as
 * features (counts of positive and negative hits, with negation flipping them) that the model weighs in training.
 *
 * <p>Immutable once loaded; safe to share.
 */
public final class SentimentLexicon {

    /** Phrases longer than this many words are not matched. */
    public static final int MAX_PHRASE_WORDS = 3;

    private static final Map<TextLanguage, SentimentLexicon> SHIPPED = new ConcurrentHashMap<>();

    private final Map<String, Integer> polarity;
    private final Map<String, Boolean> phraseStarts;
    private final List<Entry> entries;

    /** A listed word or phrase as written, with its polarity (+1 or -1). */
    public record Entry(String phrase, int polarity) {}

    private SentimentLexicon(Map<String, Integer> polarity, Map<String, Boolean> phraseStarts, List<Entry> entries) {
        this.polarity = polarity;
        this.phraseStarts = phraseStarts;
        this.entries = entries;
    }

    /** An empty lexicon: no hits, for models trained without one. */
    public static SentimentLexicon empty() {
        return new SentimentLexicon(Map.of(), Map.of(), List.of());
    }

    /** The shipped lexicon of a language ({@code lexicon-ru.txt}, {@code lexicon-en.txt}); empty for OTHER. */
    public static SentimentLexicon shipped(TextLanguage language) {
        if (language == TextLanguage.OTHER) {
            return empty();
        }
        return SHIPPED.computeIfAbsent(language, SentimentLexicon::load);
    }

    private static SentimentLexicon load(TextLanguage language) {
        String name = "lexicon-" + language.wireName() + ".txt";
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lexicon from lines of {@code + phrase} or {@code - phrase}; blank lines and {@code #} comments are skipped. */
    public static SentimentLexicon parse(List<String> lines) {
        WordStemmer stemmer = new WordStemmer();
        Map<String, Integer> polarity = new HashMap<>();
        Map<String, Boolean> starts = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int sign = line.charAt(0) == '+' ? 1 : line.charAt(0) == '-' ? -1 : 0;
            if (sign == 0) {
                throw new IllegalArgumentException("lexicon line must start with + or -: " + line);
            }
            List<String> words = WordTokenizer.words(line.substring(1));
            if (words.isEmpty() || words.size() > MAX_PHRASE_WORDS) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (String word : words) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(stemmer.stem(word));
            }
            polarity.put(key.toString(), sign);
            entries.add(new Entry(line.substring(1).strip(), sign));
            if (words.size() > 1) {
                starts.put(stemmer.stem(words.getFirst()), Boolean.TRUE);
            }
        }
        return new SentimentLexicon(Map.copyOf(polarity), Map.copyOf(starts), List.copyOf(entries));
    }

    /** +1, -1, or 0 when the stem (or space-joined stems of a phrase) is not listed. */
    public int polarity(String stems) {
        return polarity.getOrDefault(stems, 0);
    }

    /** True when some listed phrase of two or more words starts with this stem. */
    public boolean startsPhrase(String stem) {
        return phraseStarts.containsKey(stem);
    }

    /** The entries in file order. */
    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return polarity.size();
    }
}
