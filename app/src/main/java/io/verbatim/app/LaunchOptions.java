package io.verbatim.app;

import io.verbatim.app.i18n.Language;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What the command line asked the desktop app to do.
 *
 * @param demo open the demo workspace, importing the bundled survey on first start
 * @param workspace the workspace directory to open, if any
 * @param language the UI language, or empty for the system's
 */
public record LaunchOptions(boolean demo, Optional<Path> workspace, Optional<Language> language) {

    /** The demo workspace lives in the user's home unless {@code verbatim.demo.dir} says otherwise. */
    public Path demoDirectory() {
        String configured = System.getProperty("verbatim.demo.dir");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".verbatim", "demo");
    }

    /**
     * Parses {@code --demo}, {@code --workspace DIR} and {@code --lang ru|en}; JavaFX's own {@code --name=value}
     * arguments and anything unknown are ignored so the launcher never refuses to start over a stray flag.
     */
    public static LaunchOptions parse(List<String> args) {
        boolean demo = false;
        Path workspace = null;
        Language language = null;
        Iterator<String> it = args.iterator();
        while (it.hasNext()) {
            switch (it.next()) {
                case "--demo" -> demo = true;
                case "--workspace" -> workspace = it.hasNext() ? Path.of(it.next()) : null;
                case "--lang" ->
                    language = it.hasNext() ? Language.fromCode(it.next()).orElse(null) : null;
                default -> {
                    // unknown arguments are left to JavaFX
                }
            }
        }
        return new LaunchOptions(demo, Optional.ofNullable(workspace), Optional.ofNullable(language));
    }
}
