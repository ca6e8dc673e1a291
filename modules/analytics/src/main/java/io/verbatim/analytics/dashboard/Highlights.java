package io.verbatim.analytics.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a comment into plain and marked spans for the drill-down: a word is marked when it starts with one of the
 * terms (the search words, a topic's words), ignoring case, so "доставк" marks "доставка" and "доставкой" alike and
 * "deliver" marks "delivery". Terms shorter than two letters are ignored: they would mark half of every text.
 */
public final class Highlights {

    private Highlights() {}

    /** One run of the text. */
    public record Span(String text, boolean marked) {}

    /** The words of a search box or a label, lower-cased, as terms. */
    public static List<String> terms(String words) {
        List<String> terms = new ArrayList<>();
        if (words == null) {
            return terms;
        }
        for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 2 && !terms.contains(word)) {
                terms.add(word);
            }
        }
        return terms;
    }

    /** The text cut into spans; consecutive spans alternate between marked and plain. */
    public static List<Span> spans(String text, List<String> terms) {
        List<Span> spans = new ArrayList<>();
        if (terms.isEmpty()) {
            spans.add(new Span(text, false));
            return spans;
        }
        int plainFrom = 0;
        int at = 0;
        while (at < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(at))) {
                at++;
                continue;
            }
            int end = at;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            String word = text.substring(at, end).toLowerCase(Locale.ROOT);
            if (terms.stream().anyMatch(word::startsWith)) {
                if (plainFrom < at) {
                    spans.add(new Span(text.substring(plainFrom, at), false));
                }
                spans.add(new Span(text.substring(at, end), true));
                plainFrom = end;
            }
            at = end;
        }
        if (plainFrom < text.length()) {
            spans.add(new Span(text.substring(plainFrom), false));
        }
        return spans;
    }

    /** True when the text holds a word starting with every term (the search box filters with this). */
    public static boolean matchesAll(String text, List<String> terms) {
        List<Span> marked = spans(text, terms).stream().filter(Span::marked).toList();
        return terms.stream().allMatch(term -> marked.stream()
                .anyMatch(s -> s.text().toLowerCase(Locale.ROOT).startsWith(term)));
    }
}
