package io.verbatim.app.dashboard;

import io.verbatim.app.fx.DisplayNames;
import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.dashboard.SavedView;
import io.verbatim.domain.score.Metric;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * Shows the dashboard view-model: the filter bar, tiles, choosers, saved views, the two chart viewers (a bar click
 * cross-filters and lists its comments, a trend point lists its month's) and the drill-down side panel.
 */
public final class DashboardView {

    private final DashboardViewModel viewModel;
    private final Messages messages;

    @FXML
    private Label titleLabel;

    @FXML
    private Label placeholderLabel;

    @FXML
    private BorderPane content;

    @FXML
    private VBox filterHost;

    @FXML
    private HBox tilePane;

    @FXML
    private ComboBox<Metric> metricChooser;

    @FXML
    private ComboBox<String> columnChooser;

    @FXML
    private MenuButton viewsMenu;

    @FXML
    private StackPane breakdownHost;

    @FXML
    private StackPane trendHost;

    @FXML
    private Label breakdownNote;

    @FXML
    private Label trendNote;

    @FXML
    private ProgressIndicator loadingIndicator;

    private final ChartViewer breakdownViewer = new ChartViewer(null);
    private final ChartViewer trendViewer = new ChartViewer(null);

    public DashboardView(DashboardViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        placeholderLabel.textProperty().bind(viewModel.placeholderProperty());
        placeholderLabel.visibleProperty().bind(viewModel.placeholderProperty().isNotEmpty());
        content.visibleProperty().bind(viewModel.placeholderProperty().isEmpty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        filterHost.getChildren().setAll(new FilterBar(viewModel, messages));
        DrillDownPanel comments = new DrillDownPanel(viewModel, messages);
        BorderPane.setMargin(comments, new javafx.geometry.Insets(16, 0, 0, 16));
        content.setRight(comments);

        viewModel.tiles().addListener((ListChangeListener<KpiTile>) change -> showTiles());
        showTiles();

        metricChooser.setItems(viewModel.metrics());
        metricChooser.setConverter(DisplayNames.of(viewModel::metricName));
        metricChooser.valueProperty().bindBidirectional(viewModel.metricProperty());
        columnChooser.setItems(viewModel.breakdownColumns());
        columnChooser.valueProperty().bindBidirectional(viewModel.breakdownColumnProperty());
        viewModel.savedViews().views().addListener((ListChangeListener<SavedView>) change -> showViews());
        showViews();

        host(breakdownHost, breakdownViewer, breakdownNote);
        host(trendHost, trendViewer, trendNote);
        breakdownNote.textProperty().bind(viewModel.breakdownNoteProperty());
        trendNote.textProperty().bind(viewModel.trendNoteProperty());
        viewModel.drawnProperty().addListener((obs, old, now) -> showCharts(now));
        showCharts(viewModel.drawnProperty().get());
        breakdownViewer.addChartMouseListener(
                clicks(entity -> ChartClicks.group(entity, breakdownTable()).ifPresent(viewModel::clickBar)));
        trendViewer.addChartMouseListener(
                clicks(entity -> ChartClicks.month(entity).ifPresent(viewModel::drillDownMonth)));
    }

    private io.verbatim.domain.score.ScoreTable breakdownTable() {
        DashboardCharts.Drawn drawn = viewModel.drawnProperty().get();
        return drawn == null ? null : drawn.breakdownTable();
    }

    private void showTiles() {
        tilePane.getChildren()
                .setAll(viewModel.tiles().stream()
                        .map(tile -> new KpiTileCard(tile, messages.get("kpi.lowBase")))
                        .toList());
    }

    private void showViews() {
        viewsMenu.getItems().clear();
        for (SavedView view : viewModel.savedViews().views()) {
            MenuItem apply = new MenuItem(view.name());
            apply.setOnAction(e -> viewModel.savedViews().apply(view));
            viewsMenu.getItems().add(apply);
        }
        if (!viewModel.savedViews().views().isEmpty()) {
            viewsMenu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem save = new MenuItem(messages.get("views.save"));
        save.setOnAction(e -> askNameAndSave());
        viewsMenu.getItems().add(save);
        if (!viewModel.savedViews().views().isEmpty()) {
            Menu delete = new Menu(messages.get("views.delete"));
            for (SavedView view : viewModel.savedViews().views()) {
                MenuItem item = new MenuItem(view.name());
                item.setOnAction(e -> viewModel.savedViews().delete(view));
                delete.getItems().add(item);
            }
            viewsMenu.getItems().add(delete);
        }
    }

    private void askNameAndSave() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("views.save.title"));
        dialog.setHeaderText(messages.get("views.save.header"));
        dialog.setContentText(messages.get("views.save.name"));
        // JavaFX names its buttons in the system's language; the dialog speaks the interface's.
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK))
                .setText(messages.get("views.save.ok"));
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .setText(messages.get("action.cancel"));
        if (content.getScene() != null) {
            dialog.initOwner(content.getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(viewModel.savedViews()::save);
    }

    private static ChartMouseListenerFX clicks(Consumer<ChartEntity> onClick) {
        return new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getEntity() != null) {
                    onClick.accept(event.getEntity());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // only clicks matter
            }
        };
    }

    private void showCharts(DashboardCharts.Drawn drawn) {
        show(breakdownViewer, drawn == null ? null : drawn.breakdown());
        show(trendViewer, drawn == null ? null : drawn.trend());
    }

    private static void host(StackPane host, ChartViewer viewer, Label note) {
        viewer.getStyleClass().add("chart-viewer");
        host.getChildren().setAll(viewer, note);
    }

    private static void show(ChartViewer viewer, JFreeChart chart) {
        // ChartViewer refuses a null chart, so an absent chart hides the viewer and lets the note show through.
        if (chart != null) {
            viewer.setChart(chart);
        }
        viewer.setVisible(chart != null);
    }
}
