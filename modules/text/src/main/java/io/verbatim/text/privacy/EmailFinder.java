package io.verbatim.text.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses: a local part of letters, digits and {@code . _ % + -}, an {@code @}, and a domain whose last
 * label is at least two letters. Cyrillic addresses ({@code почта@пример.рф}) count too.
 */
final class EmailFinder {

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    void find(String text, List<PiiMatch> out) {
        if (text.indexOf('@') < 0) {
            return;
        }
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(new PiiMatch(m.start(), m.end(), PiiKind.EMAIL));
        }
    }
}
