package io.verbatim.cli.text;

import io.verbatim.text.lang.TextLanguage;

/**
 * {@code --lang}: {@code auto} detects each text's language; {@code ru} or {@code en} states it for every row.
 *
 * <p>Until the shared {@code io.verbatim.text.lang} language detector lands, {@code auto} uses the script rule of
 * {@link #byScript}: more Cyrillic than Latin letters is Russian, otherwise any Latin letters is English, else other.
 */
public enum LanguageChoice {
    AUTO,
    RU,
    EN;

    /** The language of one text under this choice. */
    public TextLanguage of(String text) {
        return switch (this) {
            case RU -> TextLanguage.RU;
            case EN -> TextLanguage.EN;
            case AUTO -> byScript(text);
        };
    }

    /** The interim rule: more Cyrillic than Latin letters is ru; else Latin letters is en; else other. */
    static TextLanguage byScript(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            } else if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
            }
        }
        if (cyrillic > latin) {
            return TextLanguage.RU;
        }
        return latin > 0 ? TextLanguage.EN : TextLanguage.OTHER;
    }
}
