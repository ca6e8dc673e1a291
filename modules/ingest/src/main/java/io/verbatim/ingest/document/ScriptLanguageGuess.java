package io.verbatim.ingest.document;

import java.util.Locale;
import java.util.Set;

/**
 * An interim, honest language guess from the letters' scripts alone: mostly Russian Cyrillic is {@code ru}, mostly
 * plain Latin that reads like English is {@code en}, everything else is {@code other}.
 *
 * <p>It cannot tell Russian from Bulgarian, and it calls Latin text {@code en} unless diacritics or the absence of
 * common English words say otherwise. Text with fewer than {@value #MIN_LETTERS} letters, or where neither script has a
 * clear majority, is {@code other}: a wrong "ru" or "en" would mislead sentiment and topic models more than an honest
 * "don't know".
 */
public final class ScriptLanguageGuess implements LanguageGuess {

    /** Letters needed before any guess; "Да", "OK" or "5/5" say nothing about the language. */
    static final int MIN_LETTERS = 8;

    /** Share of all letters the majority script must have; below it the text is a real mix. */
    static final double MAJORITY = 0.6;

    /** Share of foreign letters (Ukrainian і, Kazakh ә, German ü, ...) that means another language of the script. */
    static final double FOREIGN_LETTERS = 0.02;

    /** Words from which Latin text must contain a few before it is called English. */
    private static final int WORDS_FOR_VOCABULARY_CHECK = 8;

    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "and", "to", "of", "a", "in", "is", "it", "that", "for", "you", "was", "we", "i", "with", "on",
            "not", "this", "but", "are", "be", "they", "have", "at", "my", "our", "there", "what", "so", "if", "or",
            "as", "do", "no", "would", "can", "about", "very", "too", "from", "he", "she", "were", "had", "an", "by",
            "me", "your", "all", "just", "when", "which", "will", "been", "their", "has", "more", "than", "out", "get");

    @Override
    public String languageOf(CharSequence text) {
        int russian = 0;
        int otherCyrillic = 0;
        int ascii = 0;
        int otherLatin = 0;
        int otherLetters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) {
                if (isRussianLetter(c)) {
                    russian++;
                } else {
                    otherCyrillic++;
                }
            } else if (script == Character.UnicodeScript.LATIN) {
                if (c < 128) {
                    ascii++;
                } else {
                    otherLatin++;
                }
            } else {
                otherLetters++;
            }
        }
        int cyrillic = russian + otherCyrillic;
        int latin = ascii + otherLatin;
        int letters = cyrillic + latin + otherLetters;
        if (letters < MIN_LETTERS) {
            return OTHER;
        }
        if (cyrillic >= MAJORITY * letters) {
            return otherCyrillic > FOREIGN_LETTERS * cyrillic ? OTHER : RU;
        }
        if (latin >= MAJORITY * letters) {
            return otherLatin > FOREIGN_LETTERS * latin || !readsLikeEnglish(text) ? OTHER : EN;
        }
        return OTHER;
    }

    private static boolean isRussianLetter(char c) {
        char lower = Character.toLowerCase(c);
        return (lower >= 'а' && lower <= 'я') || lower == 'ё';
    }

    /** Short Latin text passes (too few words to judge); longer text must use some everyday English words. */
    private static boolean readsLikeEnglish(CharSequence text) {
        String[] words = text.toString().toLowerCase(Locale.ROOT).split("[^a-z']+");
        int total = 0;
        int english = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            total++;
            if (ENGLISH_WORDS.contains(word)) {
                english++;
            }
        }
        return total < WORDS_FOR_VOCABULARY_CHECK || english * 20 >= total;
    }
}
