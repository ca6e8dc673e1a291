package io.verbatim.app.importer;

import atlantafx.base.controls.ToggleSwitch;
import io.verbatim.app.fx.DisplayNames;
import io.verbatim.app.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The import wizard's window content: binds the view-model and forwards file choices, drops and buttons. */
public final class ImportWizardView {

    private final ImportWizardViewModel viewModel;
    private final Messages messages;

    @FXML
    private VBox dropZone;

    @FXML
    private Label fileLabel;

    @FXML
    private Label formatLabel;

    @FXML
    private ToggleSwitch includeExcludedSwitch;

    @FXML
    private CheckBox appendBox;

    @FXML
    private Label columnsEmpty;

    @FXML
    private Label rowsEmpty;

    @FXML
    private Label excludedLabel;

    @FXML
    private Label errorLabel;

    @FXML
    private Label resultLabel;

    /** The problems table of a refused import ({@code fx:include fx:id="problems"}). */
    @FXML
    private ImportProblemsView problemsController;

    @FXML
    private Tab columnsTab;

    @FXML
    private TableView<ColumnRoleRow> columnTable;

    @FXML
    private TableColumn<ColumnRoleRow, String> keyColumn;

    @FXML
    private TableColumn<ColumnRoleRow, String> sampleColumn;

    @FXML
    private TableColumn<ColumnRoleRow, RoleChoice> roleColumn;

    @FXML
    private TableColumn<ColumnRoleRow, ScaleChoice> scaleColumn;

    @FXML
    private TableView<List<String>> previewTable;

    /** The mapping tab's controller, injected by {@code fx:include}. */
    @FXML
    private MappingStepView mappingStepController;

    @FXML
    private TextField nameField;

    @FXML
    private ProgressBar progressBar;

    @FXML
    private Label progressLabel;

    @FXML
    private Button importButton;

    @FXML
    private Button cancelButton;

    @FXML
    private Button closeButton;

    public ImportWizardView(ImportWizardViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public ImportWizardViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(viewModel.fileNameProperty());
        formatLabel.textProperty().bind(viewModel.formatSummaryProperty());
        formatLabel.managedProperty().bind(viewModel.formatSummaryProperty().isNotEmpty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        problemsController.bind(viewModel.problems());
        resultLabel.textProperty().bind(viewModel.resultProperty());
        resultLabel.visibleProperty().bind(viewModel.resultProperty().isNotEmpty());
        resultLabel.managedProperty().bind(resultLabel.visibleProperty());
        nameField.textProperty().bindBidirectional(viewModel.datasetNameProperty());
        includeExcludedSwitch.selectedProperty().bindBidirectional(viewModel.includeExcludedProperty());
        appendBox.selectedProperty().bindBidirectional(viewModel.wave().appendProperty());
        columnsEmpty.textProperty().bind(viewModel.emptyTableText());
        rowsEmpty.textProperty().bind(viewModel.emptyTableText());
        appendBox.visibleProperty().bind(viewModel.wave().possibleProperty());
        appendBox.managedProperty().bind(viewModel.wave().possibleProperty());
        appendBox.disableProperty().bind(viewModel.stepProperty().isEqualTo(ImportStep.IMPORTING));
        excludedLabel.textProperty().bind(viewModel.excludedSummaryProperty());

        BooleanBinding working = viewModel
                .stepProperty()
                .isEqualTo(ImportStep.IMPORTING)
                .or(viewModel.stepProperty().isEqualTo(ImportStep.READING));
        progressBar.visibleProperty().bind(working);
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        progressLabel.visibleProperty().bind(viewModel.stepProperty().isEqualTo(ImportStep.IMPORTING));
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        cancelButton.disableProperty().bind(working.not());
        nameField.disableProperty().bind(working);
        includeExcludedSwitch.disableProperty().bind(viewModel.stepProperty().isEqualTo(ImportStep.IMPORTING));
        // Question roles, scales and excluded responses are survey decisions: other kinds hide them.
        columnsTab
                .textProperty()
                .bind(Bindings.when(viewModel.surveyOptionsProperty())
                        .then(messages.get("import.tab.columns"))
                        .otherwise(messages.get("import.tab.columnsOnly")));
        includeExcludedSwitch.visibleProperty().bind(viewModel.surveyOptionsProperty());
        includeExcludedSwitch.managedProperty().bind(viewModel.surveyOptionsProperty());
        excludedLabel.visibleProperty().bind(viewModel.surveyOptionsProperty());
        excludedLabel.managedProperty().bind(viewModel.surveyOptionsProperty());
        roleColumn.visibleProperty().bind(viewModel.surveyOptionsProperty());
        scaleColumn.visibleProperty().bind(viewModel.surveyOptionsProperty());
        columnTable.editableProperty().bind(viewModel.surveyOptionsProperty());
        columnTable.disableProperty().bind(working);
        dropZone.disableProperty().bind(working);
        closeButton.defaultButtonProperty().bind(viewModel.stepProperty().isEqualTo(ImportStep.DONE));
        importButton
                .defaultButtonProperty()
                .bind(closeButton.defaultButtonProperty().not());

        setUpColumnTable();
        mappingStepController.bind(viewModel.mapping());
        viewModel.previewHeaders().addListener((ListChangeListener<String>) change -> rebuildPreviewColumns());
        previewTable.setItems(viewModel.previewRows());
    }

    private void setUpColumnTable() {
        columnTable.setItems(viewModel.columns());
        keyColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().key()));
        sampleColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().sample()));
        roleColumn.setCellValueFactory(c -> c.getValue().roleProperty());
        roleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(
                DisplayNames.of(viewModel::roleName), viewModel.roleChoices().toArray(RoleChoice[]::new)));
        scaleColumn.setCellValueFactory(c -> c.getValue().scaleProperty());
        scaleColumn.setCellFactory(column -> new ScaleCell());
    }

    private void rebuildPreviewColumns() {
        PreviewColumns.show(previewTable, List.copyOf(viewModel.previewHeaders()), 120);
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.choose.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                messages.get("import.filter.exports"),
                                "*.csv",
                                "*.tsv",
                                "*.txt",
                                "*.xlsx",
                                "*.xls",
                                "*.xlsm",
                                "*.tab",
                                "*.json",
                                "*.jsonl",
                                "*.ndjson"),
                        new FileChooser.ExtensionFilter(messages.get("import.filter.all"), "*.*"));
        File chosen = chooser.showOpenDialog(dropZone.getScene().getWindow());
        if (chosen != null) {
            viewModel.choose(chosen.toPath());
        }
    }

    @FXML
    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    @FXML
    private void dropped(DragEvent event) {
        List<File> files = event.getDragboard().getFiles();
        boolean accepted = files != null && !files.isEmpty();
        if (accepted) {
            Path first = files.getFirst().toPath();
            viewModel.choose(first);
        }
        event.setDropCompleted(accepted);
        event.consume();
    }

    @FXML
    private void importData() {
        viewModel.importData();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void close() {
        viewModel.cancel();
        dropZone.getScene().getWindow().hide();
    }

    /** A scale chooser offering the common scales plus the detected one of its row. */
    private static final class ScaleCell extends ComboBoxTableCell<ColumnRoleRow, ScaleChoice> {
        @Override
        public void startEdit() {
            ColumnRoleRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                getItems().setAll(row.scaleChoices());
            }
            super.startEdit();
        }
    }
}
