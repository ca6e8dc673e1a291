package io.verbatim.text.topic;

import io.verbatim.text.token.WordStemmer;
import io.verbatim.text.token.WordTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a text into the terms topics are made of: the Snowball stems of its content words (stop words, numbers and
 * one-letter words dropped), and every pair of adjacent content stems as a phrase ({@code "card arriv"}), so that
 * {@code доставки}, {@code доставку} and {@code доставка} are one term and "top up" differs from "top" and "up". It also
 * counts which surface word each stem came from, so labels show {@code доставка} rather than the stem {@code доставк}.
 *
 * <p>Not thread-safe (the stemmer and the counts): use one per thread.
 */
public final class TermExtractor {

    /** Separates the two stems of a phrase term; stems never contain it. */
    public static final char PHRASE_SEPARATOR = ' ';

    private final WordStemmer stemmer = new WordStemmer();
    private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();
    private final boolean phrases;

    /** An extractor of stems and, when {@code phrases}, adjacent stem pairs. */
    public TermExtractor(boolean phrases) {
        this.phrases = phrases;
    }

    /** The stems of a text's content words, in order (repeats kept). */
    public List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        for (String word : WordTokenizer.words(text)) {
            if (word.length() < 2 || StopWords.contains(word) || WordTokenizer.isNumber(word)) {
                continue;
            }
            String stem = stemmer.stem(word);
            surfaces.computeIfAbsent(stem, s -> new HashMap<>()).merge(word, 1, Integer::sum);
            stems.add(stem);
        }
        return stems;
    }

    /** The terms of a text: its stems, then (when phrases are on) each adjacent pair of them. */
    public List<String> terms(String text) {
        List<String> stems = stems(text);
        if (!phrases || stems.size() < 2) {
            return stems;
        }
        List<String> terms = new ArrayList<>(stems.size() * 2);
        terms.addAll(stems);
        for (int i = 1; i < stems.size(); i++) {
            if (!stems.get(i - 1).equals(stems.get(i))) {
                terms.add(stems.get(i - 1) + PHRASE_SEPARATOR + stems.get(i));
            }
        }
        return terms;
    }

    /** A term as a reader sees it: each stem replaced by the word it most often came from. */
    public String surface(String term) {
        int space = term.indexOf(PHRASE_SEPARATOR);
        if (space < 0) {
            return surfaceOfStem(term);
        }
        return surfaceOfStem(term.substring(0, space)) + ' ' + surfaceOfStem(term.substring(space + 1));
    }

    /** True for a phrase term (two stems). */
    public static boolean isPhrase(String term) {
        return term.indexOf(PHRASE_SEPARATOR) >= 0;
    }

    private String surfaceOfStem(String stem) {
        Map<String, Integer> words = surfaces.get(stem);
        if (words == null) {
            return stem;
        }
        String best = stem;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            int count = e.getValue();
            // Ties go to the shorter, then alphabetically first word, so labels do not depend on hash order.
            if (count > bestCount
                    || (count == bestCount
                            && (e.getKey().length() < best.length()
                                    || (e.getKey().length() == best.length()
                                            && e.getKey().compareTo(best) < 0)))) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return best;
    }
}
