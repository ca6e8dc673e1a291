package io.verbatim.app.journey;

import java.util.function.Consumer;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * Renaming in place: a double-click turns a label into a text box over the same spot; Enter (Ctrl+Enter for a note)
 * or leaving the box commits, Escape cancels. The commit is an edit on the map, which redraws the canvas, so the box
 * never needs taking down after a commit.
 */
final class InlineEdit {

    private InlineEdit() {}

    /** Makes a double-click on the label start an edit of one line. */
    static void onDoubleClick(Label label, Consumer<String> commit) {
        label.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                e.consume();
                begin(label, false, commit);
            }
        });
    }

    /** Replaces the label's text with a box holding it; {@code multiline} for a note's text. */
    static void begin(Label label, boolean multiline, Consumer<String> commit) {
        begin(label, multiline, commit, () -> {});
    }

    /** As {@link #begin(Label, boolean, Consumer)}; {@code cancelled} runs when Escape leaves the text unchanged. */
    static void begin(Label label, boolean multiline, Consumer<String> commit, Runnable cancelled) {
        String before = label.getText();
        TextInputControl box = multiline ? new TextArea(before) : new TextField(before);
        box.getStyleClass().add("inline-edit");
        if (box instanceof TextArea area) {
            area.setWrapText(true);
            area.setPrefRowCount(3);
        }
        ContentDisplay display = label.getContentDisplay();
        Runnable restore = () -> {
            label.setGraphic(null);
            label.setContentDisplay(display);
            label.setText(before);
        };
        boolean[] done = {false};
        Runnable accept = () -> {
            if (!done[0]) {
                done[0] = true;
                String text = box.getText();
                restore.run();
                if (!text.strip().equals(before.strip())) {
                    commit.accept(text);
                } else {
                    cancelled.run();
                }
            }
        };
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                done[0] = true;
                restore.run();
                cancelled.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && (!multiline || e.isShortcutDown())) {
                accept.run();
                e.consume();
            }
        });
        box.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                accept.run();
            }
        });
        label.setText("");
        label.setGraphic(box);
        label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        box.requestFocus();
        box.selectAll();
    }
}
