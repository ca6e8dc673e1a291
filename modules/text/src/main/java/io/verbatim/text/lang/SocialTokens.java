package io.verbatim.text.lang;

/**
 * Removes what social-media text carries in Latin letters whatever its language — {@code @handles} and links — so a
 * Russian tweet is not counted as English for its {@code @user https://t.co/…}. Hashtags stay: {@code #отдых} is
 * written in the language of the post.
 */
final class SocialTokens {

    private SocialTokens() {}

    /** The text without handles and links; the same string when it has none. */
    static String strip(String text) {
        if (text.indexOf('@') < 0 && !text.contains("http") && !text.contains("www.")) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int length = text.length();
        int i = 0;
        while (i < length) {
            int end = i;
            while (end < length && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end > i && !isSocial(text, i)) {
                kept.append(text, i, end);
            }
            if (end < length) {
                kept.append(text.charAt(end));
            }
            i = end + 1;
        }
        return kept.toString();
    }

    private static boolean isSocial(String text, int start) {
        char first = text.charAt(start);
        return first == '@'
                || text.startsWith("http://", start)
                || text.startsWith("https://", start)
                || text.startsWith("www.", start);
    }
}
