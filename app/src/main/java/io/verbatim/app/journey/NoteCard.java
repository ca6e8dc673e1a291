package io.verbatim.app.journey;

import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * A sticky note: wrapped text on its colour. Double-click edits the text in place, the context menu recolours or
 * deletes it, and dragging it to another cell moves it there.
 */
final class NoteCard extends StackPane {

    /** The drag-and-drop text that names a note being dragged. */
    static final String DRAG_PREFIX = "journey-note:";

    NoteCard(Note note, JourneyEditor editor, Messages messages, boolean editNow) {
        getStyleClass().addAll("journey-note", "note-" + note.colour().name().toLowerCase(Locale.ROOT));
        Label text = new Label(note.text().isBlank() ? "" : note.text());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("journey-note-text");
        getChildren().add(text);
        setMaxWidth(Double.MAX_VALUE);

        // A note left with no text (a new one abandoned, or one whose text was erased) is taken off the map.
        Consumer<String> commit = value -> {
            if (value.isBlank()) {
                editor.deleteNote(note.id());
            } else {
                editor.editNote(note.id(), value);
            }
        };
        Runnable cancelled = () -> {
            if (note.text().isBlank()) {
                editor.deleteNote(note.id());
            }
        };
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                e.consume();
                InlineEdit.begin(text, true, commit, cancelled);
            }
        });
        setOnContextMenuRequested(e -> {
            menu(note, editor, messages).show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        setOnDragDetected(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + note.id());
            startDragAndDrop(TransferMode.MOVE).setContent(content);
            e.consume();
        });
        if (editNow) {
            sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null && text.getGraphic() == null) {
                    javafx.application.Platform.runLater(() -> InlineEdit.begin(text, true, commit, cancelled));
                }
            });
        }
    }

    private static ContextMenu menu(Note note, JourneyEditor editor, Messages messages) {
        ContextMenu menu = new ContextMenu();
        for (NoteColour colour : NoteColour.values()) {
            Rectangle swatch = new Rectangle(12, 12);
            swatch.getStyleClass()
                    .addAll("note-swatch", "swatch-" + colour.name().toLowerCase(Locale.ROOT));
            MenuItem item = new MenuItem(messages.get("journey.colour." + colour.name()), swatch);
            item.setDisable(colour == note.colour());
            item.setOnAction(e -> editor.recolourNote(note.id(), colour));
            menu.getItems().add(item);
        }
        MenuItem delete = new MenuItem(messages.get("journey.note.delete"));
        delete.setOnAction(e -> editor.deleteNote(note.id()));
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        return menu;
    }
}
