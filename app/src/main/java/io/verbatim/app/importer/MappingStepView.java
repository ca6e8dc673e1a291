package io.verbatim.app.importer;

import io.verbatim.app.fx.DisplayNames;
import io.verbatim.app.i18n.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The wizard's mapping tab: binds {@link MappingStepViewModel} and forwards the preset buttons. Hosted by
 * {@link ImportWizardView} through {@code fx:include}, which hands it the wizard's view-model.
 */
public final class MappingStepView {

    private final Messages messages;
    private MappingStepViewModel viewModel;

    @FXML
    private HBox offerBanner;

    @FXML
    private Label offerLabel;

    @FXML
    private Button applyOfferButton;

    @FXML
    private Button declineOfferButton;

    @FXML
    private ChoiceBox<String> presetChoice;

    @FXML
    private Button savePresetButton;

    @FXML
    private Label statusLabel;

    @FXML
    private GridPane fileOptions;

    @FXML
    private ChoiceBox<DateOrderChoice> dateOrderChoice;

    @FXML
    private Label detectedLabel;

    @FXML
    private ChoiceBox<ExcelDates> excelDatesChoice;

    @FXML
    private ChoiceBox<ZoneChoice> zoneChoice;

    @FXML
    private Label surveyNote;

    @FXML
    private Label problemLabel;

    @FXML
    private TableView<MappingRow> mappingTable;

    @FXML
    private TableColumn<MappingRow, String> headerColumn;

    @FXML
    private TableColumn<MappingRow, String> typeColumn;

    @FXML
    private TableColumn<MappingRow, String> fieldColumn;

    @FXML
    private TableColumn<MappingRow, Boolean> skipColumn;

    @FXML
    private TableColumn<MappingRow, String> sampleColumn;

    @FXML
    private TableView<List<String>> previewTable;

    @FXML
    private Label placeholder;

    public MappingStepView(Messages messages) {
        this.messages = messages;
    }

    /** Binds the controls to the wizard's mapping step; called once by the hosting wizard view. */
    void bind(MappingStepViewModel model) {
        this.viewModel = model;
        bindPresets();
        bindFileOptions();
        fieldColumn.visibleProperty().bind(model.tableOptionsProperty());
        skipColumn.visibleProperty().bind(model.mappableProperty());
        surveyNote
                .visibleProperty()
                .bind(model.mappableProperty().and(model.tableOptionsProperty().not()));
        surveyNote.managedProperty().bind(surveyNote.visibleProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        mappingTable.disableProperty().bind(model.busyProperty());
        placeholder.textProperty().bind(model.placeholderProperty());
        setUpMappingTable();
        model.previewHeaders().addListener((ListChangeListener<String>) change -> rebuildPreviewColumns());
        previewTable.setItems(model.previewRows());
    }

    private void bindPresets() {
        offerBanner.visibleProperty().bind(viewModel.offerProperty().isNotNull());
        offerBanner.managedProperty().bind(offerBanner.visibleProperty());
        offerLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.offerProperty().get() == null
                                ? ""
                                : messages.format(
                                        viewModel.offerAppliedProperty().get()
                                                ? "mapping.preset.offer.applied"
                                                : "mapping.preset.offer",
                                        viewModel.offerProperty().get().name()),
                        viewModel.offerProperty(),
                        viewModel.offerAppliedProperty()));
        applyOfferButton.visibleProperty().bind(viewModel.offerAppliedProperty().not());
        applyOfferButton.managedProperty().bind(applyOfferButton.visibleProperty());
        declineOfferButton.visibleProperty().bind(viewModel.offerAppliedProperty());
        declineOfferButton.managedProperty().bind(declineOfferButton.visibleProperty());
        presetChoice.setItems(viewModel.presetNames());
        presetChoice.disableProperty().bind(Bindings.isEmpty(viewModel.presetNames()));
        viewModel
                .appliedPresetProperty()
                .addListener((obs, old, now) -> presetChoice.setValue(now.isEmpty() ? null : now));
        presetChoice.valueProperty().addListener((obs, old, now) -> viewModel.applyPreset(now));
        savePresetButton
                .disableProperty()
                .bind(viewModel.canSavePresetProperty().not());
        statusLabel.textProperty().bind(viewModel.statusProperty());
    }

    private void bindFileOptions() {
        fileOptions.visibleProperty().bind(viewModel.mappableProperty());
        fileOptions.managedProperty().bind(fileOptions.visibleProperty());
        dateOrderChoice.getItems().setAll(DateOrderChoice.values());
        dateOrderChoice.setConverter(DisplayNames.of(viewModel::enumName));
        dateOrderChoice.valueProperty().bindBidirectional(viewModel.dateOrderProperty());
        detectedLabel.textProperty().bind(viewModel.detectedOrderProperty());
        excelDatesChoice.getItems().setAll(ExcelDates.values());
        excelDatesChoice.setConverter(DisplayNames.of(viewModel::enumName));
        excelDatesChoice.valueProperty().bindBidirectional(viewModel.excelDatesProperty());
        zoneChoice.setItems(viewModel.zoneChoices());
        zoneChoice.setConverter(DisplayNames.of(viewModel::zoneName));
        zoneChoice.valueProperty().bindBidirectional(viewModel.zoneProperty());
        fileOptions.disableProperty().bind(viewModel.busyProperty());
    }

    private void setUpMappingTable() {
        mappingTable.setItems(viewModel.rows());
        headerColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().header()));
        typeColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().type()));
        sampleColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().sample()));
        fieldColumn.setCellValueFactory(c -> c.getValue().fieldProperty());
        fieldColumn.setCellFactory(
                ChoiceBoxTableCell.forTableColumn(DisplayNames.of(viewModel::fieldName), viewModel.fieldChoices()));
        skipColumn.setCellValueFactory(c -> c.getValue().skipProperty());
        skipColumn.setCellFactory(CheckBoxTableCell.forTableColumn(skipColumn));
    }

    private void rebuildPreviewColumns() {
        PreviewColumns.show(previewTable, List.copyOf(viewModel.previewHeaders()), 130);
    }

    @FXML
    private void applyOffer() {
        viewModel.applyOffer();
    }

    @FXML
    private void declineOffer() {
        viewModel.declineOffer();
    }

    @FXML
    private void savePreset() {
        TextInputDialog dialog =
                new TextInputDialog(viewModel.appliedPresetProperty().get());
        dialog.initOwner(savePresetButton.getScene().getWindow());
        dialog.setTitle(messages.get("mapping.preset.save.title"));
        dialog.setHeaderText(messages.get("mapping.preset.save.header"));
        dialog.setContentText(messages.get("mapping.preset.save.name"));
        dialog.showAndWait().ifPresent(viewModel::savePreset);
    }
}
