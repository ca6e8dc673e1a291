package io.verbatim.app.main;

import io.verbatim.app.dashboard.DashboardView;
import io.verbatim.app.dashboard.KindDashboardView;
import io.verbatim.app.fx.ViewLoader;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.importer.ImportWizardWindow;
import io.verbatim.app.journey.JourneyView;
import io.verbatim.app.journey.JourneyViewModel;
import io.verbatim.app.texts.TextsView;
import io.verbatim.domain.dataset.Dataset;
import java.io.File;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The window shell: menu, tool bar, dataset list, status bar, and the dashboard in the middle. Binds and forwards. */
public final class MainView {

    private final MainViewModel viewModel;
    private final ViewLoader loader;
    private final ImportWizardWindow importWizard;

    @FXML
    private ListView<Dataset> datasetList;

    @FXML
    private StackPane dashboardHost;

    @FXML
    private StackPane textsHost;

    @FXML
    private TabPane tabs;

    @FXML
    private Tab textsTab;

    @FXML
    private Tab dashboardTab;

    @FXML
    private Tab journeyTab;

    @FXML
    private StackPane journeyHost;

    @FXML
    private MenuItem undoMenuItem;

    @FXML
    private MenuItem redoMenuItem;

    @FXML
    private MenuItem workshopMenuItem;

    @FXML
    private Label statusLabel;

    @FXML
    private Label workspaceLabel;

    @FXML
    private ProgressBar progressBar;

    @FXML
    private Menu languageMenu;

    @FXML
    private MenuItem importMenuItem;

    @FXML
    private MenuItem refreshMenuItem;

    @FXML
    private Button importButton;

    @FXML
    private Label emptyListLabel;

    public MainView(MainViewModel viewModel, ViewLoader loader, ImportWizardWindow importWizard) {
        this.viewModel = viewModel;
        this.loader = loader;
        this.importWizard = importWizard;
    }

    @FXML
    private void initialize() {
        datasetList.setItems(viewModel.datasets());
        datasetList.setCellFactory(list -> new DatasetCell());
        datasetList.setPlaceholder(emptyListLabel);
        datasetList
                .getSelectionModel()
                .select(viewModel.selectedDatasetProperty().get());
        datasetList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedDatasetProperty().set(now);
            }
        });
        viewModel
                .selectedDatasetProperty()
                .addListener((obs, old, now) -> datasetList.getSelectionModel().select(now));

        statusLabel.textProperty().bind(viewModel.statusProperty());
        workspaceLabel.textProperty().bind(viewModel.workspaceTitleProperty());
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        progressBar.managedProperty().bind(viewModel.busyProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        importMenuItem.disableProperty().bind(viewModel.workspaceOpenProperty().not());
        refreshMenuItem.disableProperty().bind(viewModel.workspaceOpenProperty().not());
        importButton.disableProperty().bind(viewModel.workspaceOpenProperty().not());

        buildLanguageMenu();
        dashboardHost
                .getChildren()
                .setAll(
                        loader.load(DashboardView.class).root(),
                        loader.load(KindDashboardView.class).root());
        showJourney();
        // The texts view reads whole text columns, so it is built the first time its tab is shown.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == textsTab && textsHost.getChildren().isEmpty()) {
                textsHost.getChildren().setAll(loader.load(TextsView.class).root());
            }
        });
    }

    /** The Journey tab is built at once: its Edit menu items and shortcuts work from anywhere in the window. */
    private void showJourney() {
        var journey = loader.load(JourneyView.class);
        journeyHost.getChildren().setAll(journey.root());
        JourneyViewModel journeys = journey.controller().viewModel();
        undoMenuItem.textProperty().bind(journeys.undoTextProperty());
        undoMenuItem.disableProperty().bind(journeys.canUndoProperty().not());
        undoMenuItem.setOnAction(e -> journeys.undo());
        redoMenuItem.textProperty().bind(journeys.redoTextProperty());
        redoMenuItem.disableProperty().bind(journeys.canRedoProperty().not());
        redoMenuItem.setOnAction(e -> journeys.redo());
        workshopMenuItem.disableProperty().bind(journeys.mapProperty().isNull());
        workshopMenuItem.setOnAction(e -> {
            tabs.getSelectionModel().select(journeyTab);
            journeys.toggleWorkshop();
        });
        // Ctrl+Y is the menu's redo key; Ctrl+Shift+Z is the other habit, kept as a second accelerator.
        tabs.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators()
                        .put(
                                new KeyCodeCombination(
                                        KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                                journeys::redo);
            }
        });
    }

    private void buildLanguageMenu() {
        ToggleGroup group = new ToggleGroup();
        for (Language language : viewModel.languages()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setToggleGroup(group);
            item.setSelected(language == viewModel.languageProperty().get());
            item.setOnAction(e -> viewModel.switchLanguage(language));
            languageMenu.getItems().add(item);
        }
    }

    @FXML
    private void openWorkspace() {
        chooseDirectory("workspace.open.title").ifPresent(dir -> viewModel.openWorkspace(dir.toPath()));
    }

    @FXML
    private void newWorkspace() {
        chooseDirectory("workspace.new.title").ifPresent(dir -> viewModel.newWorkspace(dir.toPath()));
    }

    @FXML
    private void importFile() {
        if (viewModel.workspaceOpenProperty().get()) {
            importWizard.show(window());
        }
    }

    @FXML
    private void showDashboard() {
        tabs.getSelectionModel().select(dashboardTab);
    }

    @FXML
    private void showTexts() {
        tabs.getSelectionModel().select(textsTab);
    }

    @FXML
    private void showJourneyTab() {
        tabs.getSelectionModel().select(journeyTab);
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void exit() {
        window().hide();
    }

    private Optional<File> chooseDirectory(String titleKey) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(loader.messages().get(titleKey));
        return Optional.ofNullable(chooser.showDialog(window()));
    }

    private Window window() {
        return datasetList.getScene().getWindow();
    }

    /** Two lines per dataset: its name, then kind and size in a muted style. */
    private final class DatasetCell extends ListCell<Dataset> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, title, details);

        DatasetCell() {
            title.getStyleClass().add("dataset-title");
            details.getStyleClass().add("dataset-details");
        }

        @Override
        protected void updateItem(Dataset dataset, boolean empty) {
            super.updateItem(dataset, empty);
            if (empty || dataset == null) {
                setGraphic(null);
            } else {
                title.setText(viewModel.datasetTitle(dataset));
                details.setText(viewModel.datasetDetails(dataset));
                setGraphic(box);
            }
        }
    }
}
