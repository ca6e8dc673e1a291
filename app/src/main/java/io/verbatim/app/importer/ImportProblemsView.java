package io.verbatim.app.importer;

import io.verbatim.app.i18n.Messages;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The problems of a refused import in a table, with "Save report…". Hosted by the import wizard through
 * {@code fx:include}; the wizard hands it its view-model ({@link #bind}).
 */
public final class ImportProblemsView {

    private final Messages messages;
    private ImportProblemsViewModel viewModel;

    @FXML
    private VBox problemsPane;

    @FXML
    private Label summaryLabel;

    @FXML
    private Label saveStatusLabel;

    @FXML
    private TableView<ProblemRow> problemTable;

    @FXML
    private TableColumn<ProblemRow, String> lineColumn;

    @FXML
    private TableColumn<ProblemRow, String> columnColumn;

    @FXML
    private TableColumn<ProblemRow, String> ruleColumn;

    @FXML
    private TableColumn<ProblemRow, String> valueColumn;

    @FXML
    private TableColumn<ProblemRow, String> messageColumn;

    public ImportProblemsView(Messages messages) {
        this.messages = messages;
    }

    /** Shows {@code model}'s problems; called once by the hosting view. */
    public void bind(ImportProblemsViewModel model) {
        this.viewModel = model;
        problemsPane.visibleProperty().bind(model.shownProperty());
        problemsPane.managedProperty().bind(model.shownProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        saveStatusLabel.textProperty().bind(model.saveStatusProperty());
        problemTable.setItems(model.rows());
    }

    @FXML
    private void initialize() {
        text(lineColumn, ProblemRow::line);
        text(columnColumn, ProblemRow::column);
        text(ruleColumn, ProblemRow::rule);
        text(valueColumn, ProblemRow::value);
        text(messageColumn, ProblemRow::message);
        problemTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ProblemRow item, boolean empty) {
                super.updateItem(item, empty);
                // The what-to-do text is often wider than its column; the importer's own reason adds the detail.
                setTooltip(empty || item == null ? null : new Tooltip(item.message() + "\n\n" + item.reason()));
            }
        });
    }

    private static void text(TableColumn<ProblemRow, String> column, Function<ProblemRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.problems.saveTitle"));
        chooser.setInitialFileName(viewModel.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File chosen = chooser.showSaveDialog(problemsPane.getScene().getWindow());
        if (chosen != null) {
            viewModel.saveTo(chosen.toPath());
        }
    }
}
