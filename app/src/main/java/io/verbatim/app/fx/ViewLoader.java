package io.verbatim.app.fx;

import io.verbatim.app.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML by convention: {@code FooView.class} ↔ {@code FooView.fxml} in the same package, with the current
 * message bundle and controllers made by the composition root. No view names a resource path.
 */
public final class ViewLoader {

    private final Messages messages;
    private final Controllers controllers;

    public ViewLoader(Messages messages, Controllers controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    public <T> LoadedView<T> load(Class<T> viewType) {
        URL fxml = viewType.getResource(viewType.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No " + viewType.getSimpleName() + ".fxml next to " + viewType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(type -> controllers.create(type, this));
        try {
            Parent root = loader.load();
            return new LoadedView<>(root, viewType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    public Messages messages() {
        return messages;
    }

    /** Makes a view's controller; receives this loader so views can load the views they host. */
    @FunctionalInterface
    public interface Controllers {
        Object create(Class<?> viewType, ViewLoader loader);
    }

    /**
     * A loaded view.
     *
     * @param root its scene graph
     * @param controller its controller (the thin View class)
     */
    public record LoadedView<T>(Parent root, T controller) {}
}
