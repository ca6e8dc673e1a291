package io.verbatim.app.journey;

import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.Stage;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * A stage's header: its name (double-click renames), what it is bound to, and a menu (rename, bind, unbind, move,
 * delete). Dragging a header onto another moves the stage to that place.
 */
final class StageHeader extends VBox {

    static final String DRAG_PREFIX = "journey-stage:";

    StageHeader(Stage stage, int index, int count, JourneyEditor editor, Messages messages, Runnable bind) {
        getStyleClass().add("journey-stage");
        Label name = new Label(stage.name());
        name.getStyleClass().add("journey-stage-name");
        name.setWrapText(true);
        InlineEdit.onDoubleClick(name, value -> editor.renameStage(stage.id(), value));

        MenuButton menu = new MenuButton("⋯");
        menu.getStyleClass().addAll("journey-menu", "flat");
        MenuItem rename = item(
                messages,
                "journey.stage.rename",
                () -> InlineEdit.begin(name, false, v -> editor.renameStage(stage.id(), v)));
        MenuItem bindItem = item(messages, "journey.stage.bind", bind);
        MenuItem unbind = item(messages, "journey.stage.unbind", () -> editor.bindStage(stage.id(), null));
        unbind.setDisable(stage.binding() == null);
        MenuItem left = item(messages, "journey.stage.moveLeft", () -> editor.moveStage(stage.id(), index - 1));
        left.setDisable(index == 0);
        MenuItem right = item(messages, "journey.stage.moveRight", () -> editor.moveStage(stage.id(), index + 1));
        right.setDisable(index == count - 1);
        MenuItem delete = item(messages, "journey.stage.delete", () -> editor.deleteStage(stage.id()));
        menu.getItems()
                .addAll(
                        rename,
                        bindItem,
                        unbind,
                        new SeparatorMenuItem(),
                        left,
                        right,
                        new SeparatorMenuItem(),
                        delete);

        BorderPane top = new BorderPane();
        top.setCenter(name);
        BorderPane.setAlignment(name, javafx.geometry.Pos.CENTER_LEFT);
        top.setRight(menu);
        Label binding = new Label(describe(stage.binding(), messages));
        binding.getStyleClass().add(stage.binding() == null ? "journey-unbound" : "journey-bound");
        binding.setWrapText(true);
        if (stage.binding() != null) {
            binding.setTooltip(new Tooltip(stage.binding().dataset()));
        }
        binding.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                bind.run();
            }
        });
        getChildren().addAll(top, binding);
        dragAndDrop(stage, index, editor);
    }

    private void dragAndDrop(Stage stage, int index, JourneyEditor editor) {
        setOnDragDetected(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + stage.id());
            startDragAndDrop(TransferMode.MOVE).setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        setOnDragEntered(e -> getStyleClass().add("drop-target"));
        setOnDragExited(e -> getStyleClass().remove("drop-target"));
        setOnDragDropped(e -> {
            String text = e.getDragboard().getString();
            boolean ok = text != null && text.startsWith(DRAG_PREFIX);
            if (ok) {
                editor.moveStage(text.substring(DRAG_PREFIX.length()), index);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** "NPS · stage=Onboarding", or the hint to bind it. */
    static String describe(Binding binding, Messages messages) {
        if (binding == null) {
            return messages.get("journey.stage.notBound");
        }
        String metric = messages.get("metric." + binding.metric().wireName());
        return binding.filter().isBlank()
                ? messages.format("journey.stage.boundAll", metric)
                : messages.format("journey.stage.bound", metric, binding.filter());
    }

    private static MenuItem item(Messages messages, String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
