package io.verbatim.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface texts of one language. A missing key shows as {@code !key!} instead of failing, so a forgotten
 * translation is visible on screen and in tests rather than crashing the window.
 */
public final class Messages {

    private static final String BUNDLE = "io.verbatim.app.i18n.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages of(Language language) {
        // The base bundle is English; skip the JVM's default-locale fallback so "en" never picks up another language.
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException ignored) {
            return "!" + key + "!";
        }
    }

    /** The text of a key that may be absent, e.g. a name for a value the engine may add later; else the fallback. */
    public String getOrDefault(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** A text with {@link MessageFormat} arguments, formatted for this language. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale()).format(arguments);
    }
}
