package io.verbatim.app;

import javafx.application.Application;

/**
 * The class-path entry point. It must not extend {@link Application}: the JDK's launcher refuses to start a JavaFX
 * application class from the class path without the JavaFX modules on the module path.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Application.launch(VerbatimApp.class, args);
    }
}
