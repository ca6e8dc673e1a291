package io.verbatim.text.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds payment card numbers: 13 to 19 digits, written together or in groups of 4 (or 4-6-5, the American Express way)
 * separated by single spaces or dashes, whose Luhn check digit is right. The check is what keeps order and tracking
 * numbers of the same length unmasked: nine in ten of them fail it.
 */
final class CardFinder {

    private static final Pattern CARD = Pattern.compile(
            "(?<![\\p{L}\\p{N}_+@])(?:\\d{13,19}|\\d{4}(?:[ \\-]\\d{4}){3}[ \\-]\\d{1,3}|\\d{4}(?:[ \\-]\\d{4}){2}[ \\-]\\d{1,7}"
                    + "|\\d{4}[ \\-]\\d{6}[ \\-]\\d{4,5})(?![\\p{L}\\p{N}_])");

    void find(String text, List<PiiMatch> out) {
        Matcher m = CARD.matcher(text);
        while (m.find()) {
            int digits = Digits.count(text, m.start(), m.end());
            if (digits >= 13 && digits <= 19 && Digits.luhnValid(text, m.start(), m.end())) {
                out.add(new PiiMatch(m.start(), m.end(), PiiKind.CARD));
            }
        }
    }
}
