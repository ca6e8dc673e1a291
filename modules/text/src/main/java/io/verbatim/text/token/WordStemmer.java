package io.verbatim.text.token;

import io.verbatim.text.lang.TextLanguage;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Reduces a word to its Snowball stem in Russian or English, so {@code доставка}, {@code доставки} and {@code доставку}
 * count as one word. Russian OpenNLP lemmatiser models cannot be had here (TOOLCHAIN.md); Snowball's Russian stemmer
 * ships inside opennlp-tools. Words of any other language, and numbers, stay as they are.
 *
 * <p>Not thread-safe (Snowball keeps state, and so does the cache): use one per thread.
 */
public final class WordStemmer {

    private static final int CACHE_LIMIT = 200_000;

    private final SnowballStemmer russian = new SnowballStemmer(SnowballStemmer.ALGORITHM.RUSSIAN);
    private final SnowballStemmer english = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Map<String, String> cache = new HashMap<>();

    /** The stem of a lower-case word; the stemmer is chosen by the word's script, not by the text's language. */
    public String stem(String word) {
        String known = cache.get(word);
        if (known != null) {
            return known;
        }
        String stem =
                switch (scriptOf(word)) {
                    case RU -> russian.stem(word).toString();
                    case EN -> english.stem(word).toString();
                    case OTHER -> word;
                };
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, stem);
        }
        return stem;
    }

    /** Cyrillic for a word with a Cyrillic letter, English for one of Latin letters only, otherwise other. */
    static TextLanguage scriptOf(String word) {
        boolean latin = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                return TextLanguage.RU;
            }
            latin |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return latin ? TextLanguage.EN : TextLanguage.OTHER;
    }
}
