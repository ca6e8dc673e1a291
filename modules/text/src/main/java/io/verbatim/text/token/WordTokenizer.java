package io.verbatim.text.token;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits customer text into lower-case words, the one tokeniser sentiment, topics and taxonomies share so a word means
 * the same thing to all of them. A word is a run of letters or digits; an apostrophe or hyphen between two letters stays
 * inside it ({@code don't}, {@code из-за}, {@code wi-fi}); {@code ё} is folded to {@code е}, as Russian customers write
 * both. Everything else (punctuation, emoji, spaces) separates words and is dropped.
 */
public final class WordTokenizer {

    private WordTokenizer() {}

    /** The words of a text, lower-cased, in order; an empty list for null or blank text. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(fold(c));
            } else if (isJoiner(c) && !word.isEmpty() && i + 1 < length && Character.isLetter(text.charAt(i + 1))) {
                word.append(c == '’' ? '\'' : c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** True when every character of a word is a digit. */
    public static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    private static char fold(char c) {
        char lower = Character.toLowerCase(c);
        return lower == 'ё' ? 'е' : lower;
    }
}
