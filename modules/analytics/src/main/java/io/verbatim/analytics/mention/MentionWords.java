package io.verbatim.analytics.mention;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a mention, for explaining spikes: URLs removed, runs of Unicode letters (with their combining marks)
 * lower-cased, ё folded to е, words of one letter and {@link StopWords} dropped. Digits and punctuation split words,
 * so {@code #fail} gives {@code fail} and {@code @AppleSupport} gives {@code applesupport}. Each word counts once per
 * mention: a post repeating a word ten times is still one mention with it.
 */
public final class MentionWords {

    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}]+");

    private MentionWords() {}

    /** The distinct words of a text, in order of first appearance. */
    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher letters = LETTERS.matcher(URL.matcher(text).replaceAll(" "));
        while (letters.find()) {
            String word = letters.group().toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (word.codePointCount(0, word.length()) > 1 && !StopWords.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
