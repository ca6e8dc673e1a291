package io.verbatim.app.journey;

import io.verbatim.app.i18n.Messages;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

/**
 * Workshop mode: the canvas alone, full screen, in type about 1.6 times larger (the {@code workshop} style class), so a
 * room can read the notes on a projector. F11, Escape or the Exit button leave it; undo and redo keep their keys.
 */
final class WorkshopWindow {

    /** How much larger the canvas is drawn. */
    static final double SCALE = 1.6;

    private final JourneyViewModel viewModel;
    private Stage stage;

    WorkshopWindow(JourneyViewModel viewModel) {
        this.viewModel = viewModel;
    }

    void show(Scene owner) {
        Messages messages = viewModel.messages();
        Label title = new Label();
        title.getStyleClass().add("workshop-title");
        title.textProperty().bind(viewModel.mapProperty().map(m -> m.name()).orElse(""));
        Button undo = new Button();
        undo.textProperty().bind(viewModel.undoTextProperty());
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.setOnAction(e -> viewModel.undo());
        Button redo = new Button();
        redo.textProperty().bind(viewModel.redoTextProperty());
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        redo.setOnAction(e -> viewModel.redo());
        Label saved = new Label();
        saved.textProperty().bind(viewModel.saveStatusProperty());
        saved.getStyleClass().add("journey-save-status");
        Button exit = new Button(messages.get("journey.workshop.exit"));
        exit.getStyleClass().add("accent");
        exit.setOnAction(e -> viewModel.workshopProperty().set(false));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The map's name gives way first; the buttons keep their whole labels.
        title.setMinWidth(0);
        for (javafx.scene.control.Control control : List.of(saved, undo, redo, exit)) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(12, title, spacer, saved, undo, redo, exit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("workshop-bar");

        ScrollPane scroller = new ScrollPane(new JourneyCanvas(viewModel, SCALE));
        scroller.getStyleClass().add("journey-scroller");
        BorderPane root = new BorderPane(scroller);
        root.setTop(bar);
        root.getStyleClass().addAll("workshop", "journey-view");
        root.getStylesheets().add(JourneyView.STYLESHEET);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().setAll(owner.getStylesheets());
        keys(scene);

        stage = new Stage();
        stage.initOwner(owner.getWindow());
        stage.setScene(scene);
        stage.titleProperty().bind(title.textProperty());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnCloseRequest(e -> viewModel.workshopProperty().set(false));
        // Cover the owner's screen first: where the window manager offers no full screen, the window still fills it.
        javafx.geometry.Rectangle2D screen =
                javafx.stage.Screen.getScreensForRectangle(
                                owner.getWindow().getX(), owner.getWindow().getY(), 1, 1)
                        .stream()
                        .findFirst()
                        .orElse(javafx.stage.Screen.getPrimary())
                        .getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreen(true);
        stage.show();
    }

    void close() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }

    private void keys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> viewModel
                .workshopProperty()
                .set(false));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> viewModel
                .workshopProperty()
                .set(false));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), viewModel::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), viewModel::redo);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        viewModel::redo);
    }
}
