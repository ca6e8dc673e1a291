package io.verbatim.text.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextLanguageTest {

    @Test
    void wireNamesReadBackInAnyCaseAndAnUnknownOneIsNamed() {
        for (TextLanguage language : TextLanguage.values()) {
            assertThat(TextLanguage.fromWire(" " + language.wireName().toUpperCase(java.util.Locale.ROOT)))
                    .isEqualTo(language);
        }
        assertThatThrownBy(() -> TextLanguage.fromWire("de")).hasMessage("unknown language 'de'; use ru, en or other");
    }
}
