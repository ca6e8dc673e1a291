package io.verbatim.cli.text;

import io.verbatim.text.lang.LanguageDetector;
import io.verbatim.text.lang.TextLanguage;

/**
 * {@code --lang}: {@code auto} detects each text's language with the shared {@link LanguageDetector}; {@code ru} or
 * {@code en} states it for every row.
 */
public enum LanguageChoice {
    AUTO,
    RU,
    EN;

    /** Thread-safe (per-thread OpenNLP state inside), so every worker shares it. */
    private static final LanguageDetector DETECTOR = new LanguageDetector();

    /** The language of one text under this choice. */
    public TextLanguage of(String text) {
        return switch (this) {
            case RU -> TextLanguage.RU;
            case EN -> TextLanguage.EN;
            case AUTO -> DETECTOR.detect(text);
        };
    }
}
