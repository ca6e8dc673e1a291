package io.verbatim.text.lang;

import java.util.Locale;

/**
 * The languages Verbatim analyses, as the {@code language} column of {@code text sentiment} writes them: Russian,
 * English, or anything else (a text too short to tell, another language, digits and emoji only).
 */
public enum TextLanguage {
    RU,
    EN,
    OTHER;

    /** {@code ru}, {@code en} or {@code other}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language of a wire name, any case.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static TextLanguage fromWire(String name) {
        for (TextLanguage language : values()) {
            if (language.wireName().equalsIgnoreCase(name.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + name + "'; use ru, en or other");
    }
}
