package io.verbatim.app.i18n;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The current interface language. Shared by the composition root (which rebuilds the views when it changes) and the
 * view-models (which switch it); injected, never looked up.
 */
public final class LanguageSetting {

    private final ReadOnlyObjectWrapper<Language> language;

    public LanguageSetting(Language initial) {
        this.language = new ReadOnlyObjectWrapper<>(initial);
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    public void switchTo(Language newLanguage) {
        language.set(newLanguage);
    }
}
