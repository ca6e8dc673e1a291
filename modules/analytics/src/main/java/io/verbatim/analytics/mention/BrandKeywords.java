package io.verbatim.analytics.mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Brands found in a mention's text by keyword lists, for exports without a brand column. Written as
 * {@code Acme=acme,акме;Rival=rival,ривал*}: brands separated by {@code ;}, each brand's words by {@code ,}. A word
 * matches case-insensitively as a whole word (no letter or digit on either side, in any script), so {@code acme} finds
 * "ACME!" but not "acmeville"; a trailing {@code *} matches any ending, for Russian case forms ({@code сбер*} finds
 * "Сбербанка"). ё and е are the same letter. A mention can name several brands; it then counts for each of them.
 */
public final class BrandKeywords {

    private static final String NOT_WORD = "[\\p{L}\\p{N}_]";

    private final Map<String, Pattern> brands;

    private BrandKeywords(Map<String, Pattern> brands) {
        this.brands = brands;
    }

    /**
     * @throws MentionException when the text is not in the {@code NAME=word,word;NAME=word} form
     */
    public static BrandKeywords parse(String spec) {
        Map<String, Pattern> brands = new LinkedHashMap<>();
        for (String entry : spec.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String name = equals < 0 ? "" : entry.substring(0, equals).strip();
            List<String> alternatives = new ArrayList<>();
            if (equals >= 0) {
                for (String word : entry.substring(equals + 1).split(",")) {
                    String keyword = fold(word.strip());
                    if (!keyword.isEmpty() && !keyword.equals("*")) {
                        alternatives.add(alternative(keyword));
                    }
                }
            }
            if (name.isEmpty() || alternatives.isEmpty()) {
                throw new MentionException("cannot read the brand list '" + entry.strip()
                        + "'; write it as NAME=word,word;NAME=word, e.g. \"Acme=acme,акме;Rival=rival\"");
            }
            if (brands.containsKey(name)) {
                throw new MentionException(
                        "brand '" + name + "' is listed twice; give each brand one NAME=words entry");
            }
            String regex = "(?<!" + NOT_WORD + ")(?:" + String.join("|", alternatives) + ")(?!" + NOT_WORD + ")";
            brands.put(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        if (brands.isEmpty()) {
            throw new MentionException("the brand list is empty; write it as NAME=word,word;NAME=word");
        }
        return new BrandKeywords(brands);
    }

    /** Brand names in the order they were listed. */
    public List<String> names() {
        return List.copyOf(brands.keySet());
    }

    /** The brands a text names, in list order. */
    public List<String> find(String text) {
        String folded = fold(text);
        List<String> found = new ArrayList<>(1);
        brands.forEach((name, pattern) -> {
            if (pattern.matcher(folded).find()) {
                found.add(name);
            }
        });
        return found;
    }

    private static String alternative(String keyword) {
        if (keyword.endsWith("*")) {
            return Pattern.quote(keyword.substring(0, keyword.length() - 1)) + "[\\p{L}\\p{N}]*";
        }
        return Pattern.quote(keyword);
    }

    private static String fold(String text) {
        return text.replace('ё', 'е').replace('Ё', 'Е');
    }
}
