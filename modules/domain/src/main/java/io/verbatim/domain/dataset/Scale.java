package io.verbatim.domain.dataset;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A closed rating scale {@code min..max} with optional text labels for its codes (Qualtrics and SurveyMonkey can export
 * "Extremely satisfied" instead of 5). Turning a raw cell into a code is the single place where blanks, N/A and
 * out-of-scale answers are dropped, so no metric can count them by accident.
 *
 * @param min lowest valid code, inclusive
 * @param max highest valid code, inclusive
 * @param labels answer text (any case) to code; may be empty
 */
public record Scale(int min, int max, Map<String, Integer> labels) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public Scale {
        if (min >= max) {
            throw new IllegalArgumentException("A scale needs min < max, got " + min + ".." + max);
        }
        labels = labels.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(
                        e -> normalise(e.getKey()), Map.Entry::getValue, (a, b) -> a));
    }

    public static Scale of(int min, int max) {
        return new Scale(min, max, Map.of());
    }

    /** Number of points on the scale, e.g. 11 for 0–10. */
    public int points() {
        return max - min + 1;
    }

    /**
     * The code of a raw cell, or empty when the cell is blank, not an answer (N/A, "Don't know") or outside the scale.
     * Accepts plain integers, integral decimals ("9.0"), labelled codes ("10 - Extremely likely") and known labels.
     */
    public OptionalInt codeOf(String raw) {
        if (raw == null) {
            return OptionalInt.empty();
        }
        String cell = raw.strip();
        if (cell.isEmpty()) {
            return OptionalInt.empty();
        }
        Integer labelled = labels.isEmpty() ? null : labels.get(normalise(cell));
        if (labelled != null) {
            return inScale(labelled);
        }
        Integer number = leadingInteger(cell);
        return number == null ? OptionalInt.empty() : inScale(number);
    }

    private OptionalInt inScale(int code) {
        return code >= min && code <= max ? OptionalInt.of(code) : OptionalInt.empty();
    }

    /** Parses "7", "7.0", "-1", "10 - Extremely likely", "10 (Extremely likely)"; anything else is null. */
    static Integer leadingInteger(String cell) {
        int i = 0;
        int n = cell.length();
        if (i < n && (cell.charAt(i) == '-' || cell.charAt(i) == '+')) {
            i++;
        }
        int digitsStart = i;
        while (i < n && Character.isDigit(cell.charAt(i)) && i - digitsStart < 9) {
            i++;
        }
        if (i == digitsStart) {
            return null;
        }
        int value = Integer.parseInt(cell.substring(0, i));
        String rest = cell.substring(i);
        if (rest.isEmpty() || rest.matches("[.,]0+")) {
            return value;
        }
        return rest.matches("\\s*[-–—:(=].*|\\s+\\p{L}.*") ? value : null;
    }

    private static String normalise(String label) {
        return WHITESPACE.matcher(label.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
