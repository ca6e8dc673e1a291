package io.verbatim.app.dashboard;

import io.verbatim.app.fx.DisplayNames;
import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.score.Metric;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** Shows the dashboard view-model: binds tiles, choosers and the two chart viewers. */
public final class DashboardView {

    private final DashboardViewModel viewModel;
    private final Messages messages;

    @FXML
    private Label titleLabel;

    @FXML
    private Label placeholderLabel;

    @FXML
    private VBox content;

    @FXML
    private FlowPane tilePane;

    @FXML
    private ComboBox<Metric> metricChooser;

    @FXML
    private ComboBox<String> columnChooser;

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

        viewModel.tiles().addListener((ListChangeListener<KpiTile>) change -> showTiles());
        showTiles();

        metricChooser.setItems(viewModel.metrics());
        metricChooser.setConverter(DisplayNames.of(viewModel::metricName));
        metricChooser.valueProperty().bindBidirectional(viewModel.metricProperty());
        columnChooser.setItems(viewModel.breakdownColumns());
        columnChooser.valueProperty().bindBidirectional(viewModel.breakdownColumnProperty());

        host(breakdownHost, breakdownViewer, breakdownNote);
        host(trendHost, trendViewer, trendNote);
        breakdownNote.textProperty().bind(viewModel.breakdownNoteProperty());
        trendNote.textProperty().bind(viewModel.trendNoteProperty());
        viewModel.breakdownChartProperty().addListener((obs, old, chart) -> show(breakdownViewer, chart));
        viewModel.trendChartProperty().addListener((obs, old, chart) -> show(trendViewer, chart));
        show(breakdownViewer, viewModel.breakdownChartProperty().get());
        show(trendViewer, viewModel.trendChartProperty().get());
    }

    private void showTiles() {
        tilePane.getChildren()
                .setAll(viewModel.tiles().stream()
                        .map(tile -> new KpiTileCard(tile, messages.get("kpi.lowBase")))
                        .toList());
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
