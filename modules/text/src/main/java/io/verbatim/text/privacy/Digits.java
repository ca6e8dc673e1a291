package io.verbatim.text.privacy;

/** Counting and checking the digits inside a found number. */
final class Digits {

    private Digits() {}

    /** How many ASCII digits characters {@code [start, end)} of a text hold. */
    static int count(CharSequence text, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits;
    }

    /** True when a text has at least {@code atLeast} ASCII digits: numbers shorter than that cannot be PII. */
    static boolean hasAtLeast(String text, int atLeast) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < atLeast; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits >= atLeast;
    }

    /** The Luhn check payment cards carry in their last digit, over the digits of {@code [start, end)}. */
    static boolean luhnValid(CharSequence text, int start, int end) {
        int sum = 0;
        boolean doubled = false;
        for (int i = end - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int digit = c - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
