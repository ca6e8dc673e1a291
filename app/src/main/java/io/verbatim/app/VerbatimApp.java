package io.verbatim.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: applies the theme, builds the composition root and shows the main window. */
public final class VerbatimApp extends Application {

    private AppComposition composition;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        composition = new AppComposition(options);
        composition.showMainWindow(stage);
        composition.openInitialWorkspace();
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.close();
        }
    }
}
