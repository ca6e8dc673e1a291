package io.verbatim.app.texts;

import io.verbatim.app.fx.DisplayNames;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Shows the texts view-model: column and filter choosers, the analyse and teach buttons, and the table whose sentiment
 * cells the analyst edits (or sets from the keyboard: {@code +} positive, {@code 0} neutral, {@code -} negative).
 */
public final class TextsView {

    private static final List<String> LABELS = List.of("positive", "neutral", "negative");

    private final TextsViewModel viewModel;

    @FXML
    private VBox root;

    @FXML
    private ComboBox<String> columnChooser;

    @FXML
    private ComboBox<SentimentFilter> filterChooser;

    @FXML
    private TextField searchField;

    @FXML
    private CheckBox topicsBox;

    @FXML
    private Button analyseButton;

    @FXML
    private Button teachButton;

    @FXML
    private Button undoButton;

    @FXML
    private ProgressBar progressBar;

    @FXML
    private Label summaryLabel;

    @FXML
    private Label placeholderLabel;

    @FXML
    private TableView<TextRow> table;

    @FXML
    private TableColumn<TextRow, String> textColumn;

    @FXML
    private TableColumn<TextRow, String> languageColumn;

    @FXML
    private TableColumn<TextRow, String> sentimentColumn;

    @FXML
    private TableColumn<TextRow, String> scoreColumn;

    @FXML
    private TableColumn<TextRow, String> topicColumn;

    public TextsView(TextsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        columnChooser.setItems(viewModel.columns());
        columnChooser.valueProperty().bindBidirectional(viewModel.columnProperty());
        filterChooser.setItems(FXCollections.observableArrayList(SentimentFilter.values()));
        filterChooser.setConverter(DisplayNames.of(viewModel::filterName));
        filterChooser.valueProperty().bindBidirectional(viewModel.filterProperty());
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        topicsBox.selectedProperty().bindBidirectional(viewModel.withTopicsProperty());
        analyseButton
                .disableProperty()
                .bind(viewModel.busyProperty().or(columnChooser.valueProperty().isNull()));
        teachButton.disableProperty().bind(viewModel.busyProperty());
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not());
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        progressBar.managedProperty().bind(viewModel.busyProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        placeholderLabel.textProperty().bind(viewModel.placeholderProperty());
        table.setPlaceholder(placeholderLabel);
        table.setItems(viewModel.rows());
        table.setEditable(true);
        bindColumns();
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyCorrection);
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown() && !analyseButton.isDisabled()) {
                viewModel.analyse();
                event.consume();
            }
        });
    }

    private void bindColumns() {
        textColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().text()));
        textColumn.setCellFactory(c -> new WrappingCell());
        languageColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().language()));
        scoreColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().score()));
        topicColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().topic()));
        sentimentColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().sentiment()));
        sentimentColumn.setCellFactory(
                ComboBoxTableCell.forTableColumn(labels(), FXCollections.observableArrayList(LABELS)));
        sentimentColumn.setOnEditCommit(e -> viewModel.correct(e.getRowValue(), e.getNewValue()));
        sentimentColumn.setEditable(true);
    }

    private StringConverter<String> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(String wire) {
                return viewModel.sentimentName(wire);
            }

            @Override
            public String fromString(String shown) {
                return LABELS.stream()
                        .filter(l -> viewModel.sentimentName(l).equals(shown))
                        .findFirst()
                        .orElse(shown);
            }
        };
    }

    private void keyCorrection(KeyEvent event) {
        TextRow selected = table.getSelectionModel().getSelectedItem();
        String label = labelOfKey(event);
        if (selected != null && label != null && table.getEditingCell() == null) {
            int index = table.getSelectionModel().getSelectedIndex();
            viewModel.correct(selected, label);
            table.getSelectionModel()
                    .select(Math.min(index + 1, table.getItems().size() - 1));
            event.consume();
        } else if (event.getCode() == KeyCode.Z && event.isShortcutDown()) {
            viewModel.undo();
            event.consume();
        }
    }

    /** The label a key press sets: by the character typed, so any keyboard layout works, else by the key. */
    private static String labelOfKey(KeyEvent event) {
        String typed = event.getText() == null ? "" : event.getText();
        return switch (typed) {
            case "+", "=" -> "positive";
            case "0" -> "neutral";
            case "-" -> "negative";
            default ->
                switch (event.getCode()) {
                    case ADD, PLUS -> "positive";
                    case DIGIT0, NUMPAD0 -> "neutral";
                    case SUBTRACT, MINUS -> "negative";
                    default -> null;
                };
        };
    }

    @FXML
    private void analyse() {
        viewModel.analyse();
    }

    @FXML
    private void teach() {
        viewModel.teach();
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    /** A text cell that wraps long verbatims instead of cutting them. */
    private static final class WrappingCell extends TableCell<TextRow, String> {
        private final Label label = new Label();

        WrappingCell() {
            label.setWrapText(true);
            label.maxWidthProperty().bind(widthProperty().subtract(12));
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            label.setText(empty ? null : text);
            setGraphic(empty ? null : label);
        }
    }
}
