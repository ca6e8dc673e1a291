package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.Highlights;
import io.verbatim.analytics.dashboard.Verbatim;
import io.verbatim.analytics.score.ResponseDates;
import io.verbatim.app.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The side panel listing the comments behind a clicked bar or point: a search box, and each comment as a
 * {@link TextFlow} whose searched (and topic) words are highlighted, with its score and date.
 */
final class DrillDownPanel extends VBox {

    private final Label title = new Label();
    private final Label summary = new Label();
    private final TextField search = new TextField();
    private final ListView<Verbatim> list = new ListView<>();
    private final ResponseDates dates = new ResponseDates();
    private final DateTimeFormatter days;
    private DrillDownModel model;

    DrillDownPanel(FilterTarget viewModel, Messages messages) {
        super(8);
        this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        getStyleClass().add("drill-down");
        setPrefWidth(340);
        setMinWidth(300);
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Button close = new Button("×");
        close.getStyleClass().addAll("flat", "drill-close");
        close.setAccessibleText(messages.get("drill.close"));
        close.setOnAction(e -> viewModel.closeDrillDown());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, close);
        header.setAlignment(Pos.TOP_LEFT);
        summary.getStyleClass().add("drill-summary");
        search.setPromptText(messages.get("drill.search"));
        list.setCellFactory(v -> new VerbatimCell(messages));
        list.setPlaceholder(new Label(messages.get("drill.none")));
        list.getStyleClass().add("verbatim-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, summary, search, list);

        ChangeListener<DrillDownModel> shown = (obs, old, now) -> show(now);
        viewModel.drillDownProperty().addListener(shown);
        show(viewModel.drillDownProperty().get());
    }

    private void show(DrillDownModel now) {
        if (model != null) {
            search.textProperty().unbindBidirectional(model.searchProperty());
        }
        model = now;
        setVisible(now != null);
        setManaged(now != null);
        if (now == null) {
            list.setItems(null);
            return;
        }
        title.setText(now.title());
        summary.textProperty().bind(now.summaryProperty());
        search.textProperty().bindBidirectional(now.searchProperty());
        list.setItems(now.shown());
        now.searchProperty().addListener(obs -> list.refresh());
    }

    /** A response date as the interface language writes a day; a cell that is not a date as it is. */
    private String day(String cell) {
        java.time.LocalDate date = cell.isBlank() ? null : dates.dateOf(cell);
        return date == null ? cell : days.format(date);
    }

    /** One comment: highlighted text, then its score and date. */
    private final class VerbatimCell extends ListCell<Verbatim> {

        private final Messages messages;

        VerbatimCell(Messages messages) {
            this.messages = messages;
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        @Override
        protected void updateItem(Verbatim item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || model == null) {
                setGraphic(null);
                return;
            }
            TextFlow text = new TextFlow();
            for (Highlights.Span span : Highlights.spans(item.text(), model.terms())) {
                Text run = new Text(span.text());
                run.getStyleClass().add(span.marked() ? "verbatim-mark" : "verbatim-text");
                text.getChildren().add(run);
            }
            text.maxWidthProperty().bind(list.widthProperty().subtract(36));
            text.prefWidthProperty().bind(list.widthProperty().subtract(36));
            Label meta = new Label(model.meta(item, day(item.date())));
            meta.getStyleClass().add("verbatim-meta");
            VBox box = new VBox(2, text, meta);
            box.getStyleClass().add("verbatim");
            setGraphic(box);
        }
    }
}
