package io.verbatim.app.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the interface is translated into. */
public enum Language {
    ENGLISH(Locale.ENGLISH, "English"),
    RUSSIAN(Locale.of("ru"), "Русский");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, so a user who cannot read the current language can still find theirs. */
    public String nativeName() {
        return nativeName;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values())
                .filter(l -> l.locale.getLanguage().equalsIgnoreCase(code.strip()))
                .findFirst();
    }

    /** Russian for a Russian system locale, English otherwise. */
    public static Language forLocale(Locale locale) {
        return fromCode(locale.getLanguage()).orElse(ENGLISH);
    }
}
