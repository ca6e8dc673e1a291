package io.verbatim.ingest.survey.profile;

/**
 * The integer code a rating answer starts with: {@code 7}, {@code 7.0}, {@code 10 - Extremely likely},
 * {@code 0 (not at all)}, {@code 5 Очень доволен}. The same answers as the expression
 * {@code ([-+]?\d{1,9})(?:[.,]0+)?(?:\s*[-–—:(=].*|\s+\p{L}.*)?}, read by hand: profiling asks it of every cell of a
 * column until one fails, and a date column ({@code 2025-03-10 …} also starts like a labelled code) would otherwise
 * run the expression on every row.
 */
final class LeadingCode {

    /** Returned when the cell does not start with a code. */
    static final long NONE = Long.MIN_VALUE;

    private static final int MAX_DIGITS = 9;
    private static final String SEPARATORS = "-–—:(=";

    private LeadingCode() {}

    /** The code, or {@link #NONE}. */
    static long of(String cell) {
        int n = cell.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (cell.charAt(i) == '-' || cell.charAt(i) == '+')) {
            negative = cell.charAt(i) == '-';
            i++;
        }
        int digitsFrom = i;
        long value = 0;
        while (i < n && i - digitsFrom < MAX_DIGITS && isAsciiDigit(cell.charAt(i))) {
            value = value * 10 + (cell.charAt(i) - '0');
            i++;
        }
        if (i == digitsFrom) {
            return NONE;
        }
        i = skipZeroFraction(cell, i);
        return i == n || labelFollows(cell, i) ? (negative ? -value : value) : NONE;
    }

    /** Skips {@code [.,]0+} when it is there; otherwise stays put. */
    private static int skipZeroFraction(String cell, int from) {
        int n = cell.length();
        if (from + 1 < n && (cell.charAt(from) == '.' || cell.charAt(from) == ',') && cell.charAt(from + 1) == '0') {
            int i = from + 1;
            while (i < n && cell.charAt(i) == '0') {
                i++;
            }
            return i;
        }
        return from;
    }

    /** {@code \s*[-–—:(=].*} or {@code \s+\p{L}.*} from {@code from} to the end. */
    private static boolean labelFollows(String cell, int from) {
        int n = cell.length();
        int i = from;
        while (i < n && isRegexSpace(cell.charAt(i))) {
            i++;
        }
        if (i == n) {
            return false;
        }
        boolean separated =
                SEPARATORS.indexOf(cell.charAt(i)) >= 0 || (i > from && Character.isLetter(cell.codePointAt(i)));
        return separated && noLineTerminator(cell, i + 1);
    }

    /** What {@code .} in a default expression refuses to match. */
    private static boolean noLineTerminator(String cell, int from) {
        for (int i = from; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
