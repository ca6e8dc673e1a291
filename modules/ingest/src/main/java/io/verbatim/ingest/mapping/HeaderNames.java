package io.verbatim.ingest.mapping;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Header text reduced to what matters for matching synonyms: lower case, {@code ё} read as {@code е}, punctuation,
 * underscores and brackets as spaces. {@code "First response time (in hrs)"} becomes {@code "first response time in
 * hrs"}, {@code "tweet_id"} becomes {@code "tweet id"}, {@code "Решён"} becomes {@code "решен"}.
 *
 * <p>It also holds the one rule by which a mapping's header names find a file's columns, for every kind of file: the
 * header written exactly, else equal once {@linkplain #normalise normalised}, else equal ignoring word breaks too
 * ({@code "ip address"} finds {@code IPAddress}, {@code "created at"} finds {@code created_at}).
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

    /**
     * How closely a header answers to a name a mapping wrote: 0 exactly (around spaces aside), 1 when both
     * {@linkplain #normalise normalise} alike, 2 when they are alike without word breaks, or −1 when they differ.
     */
    public static int match(String header, String name) {
        if (header.strip().equals(name.strip())) {
            return 0;
        }
        String normalised = normalise(header);
        String wanted = normalise(name);
        if (normalised.isEmpty() || wanted.isEmpty()) {
            return -1;
        }
        if (normalised.equals(wanted)) {
            return 1;
        }
        return normalised.replace(" ", "").equals(wanted.replace(" ", "")) ? 2 : -1;
    }

    /**
     * The position of the header that answers best to {@code name} ({@link #match}), the first of equals; −1 for none.
     */
    public static int find(List<String> headers, String name) {
        int best = -1;
        int bestMatch = Integer.MAX_VALUE;
        for (int i = 0; i < headers.size(); i++) {
            int match = match(headers.get(i), name);
            if (match >= 0 && match < bestMatch) {
                best = i;
                bestMatch = match;
            }
        }
        return best;
    }
}
