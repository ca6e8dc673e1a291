package io.verbatim.app.journey;

import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/** A lane's title at the left of its row (double-click renames) with a menu; the EMOTIONS lane adds the legend. */
final class LaneHeader extends VBox {

    LaneHeader(Lane lane, int index, int count, JourneyEditor editor, Messages messages) {
        getStyleClass().addAll("journey-lane", "lane-" + lane.kind().name().toLowerCase(java.util.Locale.ROOT));
        Label title = new Label(lane.title());
        title.getStyleClass().add("journey-lane-title");
        title.setWrapText(true);
        InlineEdit.onDoubleClick(title, value -> editor.renameLane(lane.id(), value));

        MenuButton menu = new MenuButton("⋯");
        menu.getStyleClass().addAll("journey-menu", "flat");
        MenuItem rename = new MenuItem(messages.get("journey.lane.rename"));
        rename.setOnAction(e -> InlineEdit.begin(title, false, v -> editor.renameLane(lane.id(), v)));
        MenuItem up = new MenuItem(messages.get("journey.lane.moveUp"));
        up.setDisable(index == 0);
        up.setOnAction(e -> editor.moveLane(lane.id(), index - 1));
        MenuItem down = new MenuItem(messages.get("journey.lane.moveDown"));
        down.setDisable(index == count - 1);
        down.setOnAction(e -> editor.moveLane(lane.id(), index + 1));
        MenuItem delete = new MenuItem(messages.get("journey.lane.delete"));
        delete.setOnAction(e -> editor.deleteLane(lane.id()));
        menu.getItems().addAll(rename, new SeparatorMenuItem(), up, down, new SeparatorMenuItem(), delete);

        BorderPane top = new BorderPane();
        top.setCenter(title);
        BorderPane.setAlignment(title, javafx.geometry.Pos.TOP_LEFT);
        top.setRight(menu);
        getChildren().add(top);
        if (lane.kind() == LaneKind.EMOTIONS) {
            getChildren()
                    .addAll(
                            legend("emotion-felt", messages.get("journey.emotion.felt")),
                            legend("emotion-derived", messages.get("journey.emotion.derived")));
        }
    }

    private static HBox legend(String style, String text) {
        Line swatch = new Line(0, 0, 22, 0);
        swatch.getStyleClass().addAll("emotion-curve", style);
        Label label = new Label(text);
        label.getStyleClass().add("journey-legend");
        label.setWrapText(true);
        label.setMinWidth(0);
        HBox row = new HBox(6, swatch, label);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
