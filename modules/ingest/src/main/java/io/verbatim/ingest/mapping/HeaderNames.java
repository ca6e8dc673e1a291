package io.verbatim.ingest.mapping;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Header text reduced to what matters for matching synonyms: lower case, {@code ё} read as {@code е}, punctuation,
 * underscores and brackets as spaces. {@code "First response time (in hrs)"} becomes {@code "first response time in
 * hrs"}, {@code "tweet_id"} becomes {@code "tweet id"}, {@code "Решён"} becomes {@code "решен"}.
 */
public final class HeaderNames {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}№]+");

    private HeaderNames() {}

    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String lower = header.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\uFEFF', ' ');
        return NOT_WORD.matcher(lower).replaceAll(" ").strip();
    }
}
