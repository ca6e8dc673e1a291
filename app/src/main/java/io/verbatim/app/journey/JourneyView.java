package io.verbatim.app.journey;

import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.journey.JourneyMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;

/** The Journey tab: the map chooser and tool bar over the canvas. Binds and forwards; workshop mode opens its window. */
public final class JourneyView {

    /** The tab's own style sheet; the workshop window uses it too. */
    static final String STYLESHEET =
            Objects.requireNonNull(JourneyView.class.getResource("journey.css")).toExternalForm();

    private final JourneyViewModel viewModel;
    private final List<JourneyMap> templates;
    private final Messages messages;
    private WorkshopWindow workshopWindow;

    @FXML
    private ComboBox<MapEntry> mapChooser;

    @FXML
    private MenuButton newMapButton;

    @FXML
    private Button renameButton;

    @FXML
    private Button deleteButton;

    @FXML
    private Button undoButton;

    @FXML
    private Button redoButton;

    @FXML
    private ProgressIndicator measuringIndicator;

    @FXML
    private Label evidenceLabel;

    @FXML
    private Label saveLabel;

    @FXML
    private ToggleButton workshopToggle;

    @FXML
    private ScrollPane scroller;

    @FXML
    private Label placeholderLabel;

    /** @param templates the maps "New map" offers to start from */
    public JourneyView(JourneyViewModel viewModel, List<JourneyMap> templates) {
        this.viewModel = viewModel;
        this.templates = List.copyOf(templates);
        this.messages = viewModel.messages();
    }

    public JourneyViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        mapChooser.setItems(viewModel.maps());
        mapChooser.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.select(now.id());
            }
        });
        viewModel.mapProperty().addListener((obs, old, now) -> showChosen(now));
        showChosen(viewModel.mapProperty().get());
        if (!templates.isEmpty()) {
            newMapButton.getItems().add(new SeparatorMenuItem());
        }
        for (JourneyMap template : templates) {
            MenuItem item = new MenuItem(messages.format("journey.fromTemplate", template.name()));
            item.setOnAction(e -> viewModel.createFrom(template));
            newMapButton.getItems().add(item);
        }
        newMapButton.disableProperty().bind(viewModel.workspaceOpenProperty().not());
        renameButton.disableProperty().bind(viewModel.mapProperty().isNull());
        deleteButton.disableProperty().bind(viewModel.mapProperty().isNull());
        undoButton.textProperty().bind(viewModel.undoTextProperty());
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not());
        redoButton.textProperty().bind(viewModel.redoTextProperty());
        redoButton.disableProperty().bind(viewModel.canRedoProperty().not());
        measuringIndicator.visibleProperty().bind(viewModel.measuringProperty());
        evidenceLabel.textProperty().bind(viewModel.evidenceProblemProperty());
        evidenceLabel.visibleProperty().bind(viewModel.evidenceProblemProperty().isNotEmpty());
        evidenceLabel.managedProperty().bind(evidenceLabel.visibleProperty());
        measuringIndicator.managedProperty().bind(measuringIndicator.visibleProperty());
        saveLabel.textProperty().bind(viewModel.saveStatusProperty());
        saveLabel.visibleProperty().bind(viewModel.mapProperty().isNotNull());
        workshopToggle.selectedProperty().bindBidirectional(viewModel.workshopProperty());
        workshopToggle.disableProperty().bind(viewModel.mapProperty().isNull());
        placeholderLabel.textProperty().bind(viewModel.placeholderProperty());
        placeholderLabel.visibleProperty().bind(viewModel.placeholderProperty().isNotEmpty());
        scroller.visibleProperty().bind(viewModel.placeholderProperty().isEmpty());
        scroller.setContent(new JourneyCanvas(viewModel, 1));
        viewModel.workshopProperty().addListener((obs, was, now) -> showWorkshop(now));
    }

    private void showChosen(JourneyMap map) {
        MapEntry entry = map == null
                ? null
                : viewModel.maps().stream()
                        .filter(e -> e.id().equals(map.id()))
                        .findFirst()
                        .orElse(null);
        if (!Objects.equals(mapChooser.getValue(), entry)) {
            mapChooser.setValue(entry);
        }
    }

    private void showWorkshop(boolean on) {
        if (on && workshopWindow == null) {
            workshopWindow = new WorkshopWindow(viewModel);
            workshopWindow.show(scroller.getScene());
        } else if (!on && workshopWindow != null) {
            workshopWindow.close();
            workshopWindow = null;
        }
    }

    @FXML
    private void newBlank() {
        viewModel.createBlank();
    }

    @FXML
    private void renameMap() {
        JourneyMap map = viewModel.mapProperty().get();
        if (map == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(map.name());
        dialog.initOwner(scroller.getScene().getWindow());
        dialog.setTitle(messages.get("journey.renameMap"));
        dialog.setHeaderText(messages.get("journey.renameMap.header"));
        dialog.showAndWait().ifPresent(viewModel::renameMap);
    }

    @FXML
    private void deleteMap() {
        JourneyMap map = viewModel.mapProperty().get();
        if (map == null) {
            return;
        }
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                messages.format("journey.deleteMap.confirm", map.name()),
                ButtonType.OK,
                ButtonType.CANCEL);
        confirm.initOwner(scroller.getScene().getWindow());
        confirm.setHeaderText(messages.get("journey.deleteMap.header"));
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            viewModel.deleteShown();
        }
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void redo() {
        viewModel.redo();
    }
}
