package io.verbatim.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both languages are first-class: every text exists in both bundles, and the Russian one is actually Russian. */
class MessageBundlesTest {

    private static final Pattern LATIN_WORD = Pattern.compile("\\b[a-z]{3,}\\b");

    /** Russian texts may keep these: metric and product names, and MessageFormat syntax. */
    private static final Set<String> KEPT_IN_RUSSIAN = Set.of("choice", "number", "integer");

    @Test
    void bothBundlesHaveExactlyTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> russian = new TreeSet<>(load("messages_ru.properties").stringPropertyNames());

        assertThat(russian).containsExactlyElementsOf(english);
    }

    @Test
    void russianTextsHaveNoUntranslatedEnglishWords() throws IOException {
        Properties russian = load("messages_ru.properties");

        for (String key : russian.stringPropertyNames()) {
            String lowerCaseWords = russian.getProperty(key).replaceAll("\\b\\p{Lu}\\w*", "");
            assertThat(LATIN_WORD.matcher(lowerCaseWords).results().map(m -> m.group()))
                    .as(key)
                    .allMatch(KEPT_IN_RUSSIAN::contains);
        }
    }

    @Test
    void everyTextIsAValidMessageFormatInItsLanguage() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (String key : messages.bundle().keySet()) {
                assertThat(messages.format(key, 1, 2, 3, 4, 5)).as(key).doesNotContain("!" + key + "!");
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
