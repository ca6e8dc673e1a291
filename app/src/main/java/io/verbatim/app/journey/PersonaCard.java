package io.verbatim.app.journey;

import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.journey.Persona;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** A persona at the top of the map: name and a line about them, each renamed in place by a double-click. */
final class PersonaCard extends VBox {

    PersonaCard(Persona persona, JourneyEditor editor, Messages messages) {
        getStyleClass().add("journey-persona");
        Label name = new Label(persona.name());
        name.getStyleClass().add("journey-persona-name");
        name.setWrapText(true);
        InlineEdit.onDoubleClick(name, value -> editor.renamePersona(persona.id(), value));
        Label description = new Label(
                persona.description().isBlank() ? messages.get("journey.persona.describe") : persona.description());
        description
                .getStyleClass()
                .add(persona.description().isBlank() ? "journey-persona-empty" : "journey-persona-text");
        description.setWrapText(true);
        description.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                if (persona.description().isBlank()) {
                    description.setText("");
                }
                InlineEdit.begin(description, true, value -> editor.describePersona(persona.id(), value));
            }
        });
        Button remove = new Button("×");
        remove.getStyleClass().addAll("journey-remove", "flat");
        remove.setTooltip(new Tooltip(messages.get("journey.persona.delete")));
        remove.setOnAction(e -> editor.deletePersona(persona.id()));
        BorderPane top = new BorderPane();
        top.setCenter(name);
        BorderPane.setAlignment(name, javafx.geometry.Pos.CENTER_LEFT);
        top.setRight(remove);
        getChildren().addAll(top, description);
    }
}
