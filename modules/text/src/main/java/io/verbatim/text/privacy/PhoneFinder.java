package io.verbatim.text.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds telephone numbers as customers write them: Russian ones starting {@code +7} or {@code 8} with ten more digits
 * grouped by spaces, dashes or brackets ({@code +7 (916) 123-45-67}, {@code 8-916-123-45-67}, {@code 89161234567}),
 * and international ones starting {@code +} and a country code ({@code +44 20 7946 0958}, {@code +1-202-555-0143}) with
 * 8 to 15 digits in all. A number must not run on into more digits, nor be glued to a word or handle
 * ({@code @mix87074735444}), so an order number, a date or a price (which has no {@code +} and no leading {@code 8} with
 * exactly eleven digits) is not a phone.
 */
final class PhoneFinder {

    private static final Pattern RUSSIAN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_+@])(?:\\+7|8)[ \\-]?\\(?\\d{3}\\)?[ \\-]?\\d{3}[ \\-]?\\d{2}[ \\-]?\\d{2}(?![\\d])");
    private static final Pattern INTERNATIONAL =
            Pattern.compile("(?<![\\p{L}\\p{N}_+@])\\+\\d{1,3}(?:[ \\-.]?\\(?\\d{1,4}\\)?){2,6}(?![\\d])");

    void find(String text, List<PiiMatch> out) {
        Matcher m = RUSSIAN.matcher(text);
        while (m.find()) {
            out.add(new PiiMatch(m.start(), m.end(), PiiKind.PHONE));
        }
        if (text.indexOf('+') < 0) {
            return;
        }
        m = INTERNATIONAL.matcher(text);
        while (m.find()) {
            int digits = Digits.count(text, m.start(), m.end());
            if (digits >= 8 && digits <= 15) {
                out.add(new PiiMatch(m.start(), m.end(), PiiKind.PHONE));
            }
        }
    }
}
