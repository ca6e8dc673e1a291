package io.verbatim.app.dashboard;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A card showing one {@link KpiTile}; styled by {@code app.css} ({@code .kpi-tile}). */
final class KpiTileCard extends VBox {

    KpiTileCard(KpiTile tile, String lowBaseText) {
        getStyleClass().add("kpi-tile");
        // Tiles share the row: they shrink beside the comments panel instead of wrapping onto a second row.
        HBox.setHgrow(this, Priority.ALWAYS);
        Label metric = styled(new Label(tile.metric()), "kpi-metric");
        // The metric name never gives way; a long variant name ("доля довольных (топ-2)") is the one to shorten.
        metric.setMinWidth(Region.USE_PREF_SIZE);
        Label variant = styled(new Label(tile.variant()), "kpi-variant");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, metric, spacer, variant);

        Label value = styled(new Label(tile.value()), "kpi-value");
        Label margin = styled(new Label(tile.margin()), "kpi-margin");
        HBox figure = new HBox(8, value, margin);
        figure.getStyleClass().add("kpi-figure");

        Label base = styled(new Label(tile.base()), "kpi-base");
        getChildren().addAll(header, figure, base);
        if (!tile.change().isEmpty()) {
            Label change = styled(new Label(tile.change()), "kpi-change");
            change.setWrapText(true); // a narrow tile beside the comments panel wraps "vs the previous 365 days"
            change.setMinHeight(Region.USE_PREF_SIZE);
            change.getStyleClass()
                    .add(
                            switch (tile.mark()) {
                                case UP -> "change-up";
                                case DOWN -> "change-down";
                                default -> "change-flat";
                            });
            change.setTooltip(new Tooltip(tile.changeDetail()));
            getChildren().add(change);
        }
        if (tile.lowBase()) {
            getStyleClass().add("low-base");
            getChildren().add(styled(new Label(lowBaseText), "kpi-warning"));
        }
        if (!tile.definition().isBlank()) {
            Tooltip.install(this, new Tooltip(tile.definition()));
        }
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
