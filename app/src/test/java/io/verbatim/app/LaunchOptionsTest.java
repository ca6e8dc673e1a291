package io.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void readsDemoWorkspaceAndLanguage() {
        LaunchOptions options = LaunchOptions.parse(List.of("--demo", "--workspace", "/data/ws", "--lang", "ru"));

        assertThat(options.demo()).isTrue();
        assertThat(options.workspace()).contains(Path.of("/data/ws"));
        assertThat(options.language()).contains(Language.RUSSIAN);
    }

    @Test
    void ignoresUnknownArgumentsAndUnknownLanguages() {
        LaunchOptions options = LaunchOptions.parse(List.of("--name=value", "--lang", "fr", "--workspace"));

        assertThat(options.demo()).isFalse();
        assertThat(options.workspace()).isEmpty();
        assertThat(options.language()).isEmpty();
    }
}
